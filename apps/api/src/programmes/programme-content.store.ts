import type { ModuleView, OutcomeContent, ProgrammeContent, ProgrammeVersionDetail } from '@peerpath/contracts';
import type { EntityManager } from 'typeorm';
import { AssessmentCriterion } from './assessment-criterion.entity';
import { LearningOutcome } from './learning-outcome.entity';
import { ProgrammeModule } from './programme-module.entity';

/**
 * Writes a version's whole content: one multi-row insert per level, not a row at a time.
 * Plain functions over an EntityManager so the reference seed and the service share them.
 */
export async function writeContent(manager: EntityManager, programmeVersionId: string, content: ProgrammeContent): Promise<void> {
  if (content.modules.length === 0) return;
  const modules = await manager.insert(
    ProgrammeModule,
    content.modules.map((m) => ({ programmeVersionId, number: m.number, title: m.title.trim(), summary: m.summary.trim() })),
  );
  const moduleIds = modules.identifiers.map((i) => i['id'] as string);
  await writeOutcomes(
    manager,
    programmeVersionId,
    content.modules.map((m, mi) => ({ moduleId: moduleIds[mi], outcomes: m.outcomes })),
  );
}

/** Writes the outcomes and criteria of modules that already exist (and have none yet). */
export async function writeOutcomes(
  manager: EntityManager,
  programmeVersionId: string,
  modules: readonly { moduleId: string; outcomes: readonly OutcomeContent[] }[],
): Promise<void> {
  const outcomeRows = modules.flatMap((m) => m.outcomes.map((o, position) => ({ moduleId: m.moduleId, code: o.code, text: o.text.trim(), position })));
  if (outcomeRows.length === 0) return;
  const outcomes = await manager.insert(LearningOutcome, outcomeRows);
  const outcomeIds = outcomes.identifiers.map((i) => i['id'] as string);

  let outcomeIndex = 0;
  const criterionRows = modules.flatMap((m) =>
    m.outcomes.flatMap((o) => {
      const outcomeId = outcomeIds[outcomeIndex++];
      return o.criteria.map((c, position) => ({
        outcomeId,
        moduleId: m.moduleId,
        programmeVersionId,
        code: c.code,
        kind: c.kind,
        text: c.text.trim(),
        simulationAllowed: c.kind === 'competence' && c.simulationAllowed,
        refresher: c.refresher ?? false,
        position,
      }));
    }),
  );
  if (criterionRows.length) await manager.insert(AssessmentCriterion, criterionRows);
}

interface VersionRow {
  id: string;
  programme_id: string;
  programme_code: string;
  programme_title: string;
  label: string;
  status: ProgrammeVersionDetail['status'];
  published_at: Date | null;
  version: number;
  modules: ModuleView[];
}

/** A version with its whole tree, assembled by PostgreSQL in one query. */
export async function readVersion(manager: EntityManager, versionId: string): Promise<ProgrammeVersionDetail | null> {
  const rows: VersionRow[] = await manager.query(
    `SELECT v.id, v.programme_id, p.code AS programme_code, p.title AS programme_title, v.label, v.status, v.published_at, v.version,
            COALESCE((
              SELECT json_agg(json_build_object(
                       'id', m.id, 'number', m.number, 'title', m.title, 'summary', m.summary,
                       'outcomes', COALESCE((
                         SELECT json_agg(json_build_object(
                                  'id', o.id, 'code', o.code, 'text', o.text,
                                  'criteria', COALESCE((
                                    SELECT json_agg(json_build_object(
                                             'id', c.id, 'code', c.code, 'kind', c.kind, 'text', c.text,
                                             'simulationAllowed', c.simulation_allowed, 'refresher', c.refresher) ORDER BY c.position)
                                      FROM assessment_criteria c WHERE c.outcome_id = o.id), '[]'::json)
                                ) ORDER BY o.position)
                           FROM learning_outcomes o WHERE o.module_id = m.id), '[]'::json)
                     ) ORDER BY m.number)
                FROM programme_modules m WHERE m.programme_version_id = v.id), '[]'::json) AS modules
       FROM programme_versions v JOIN programmes p ON p.id = v.programme_id
      WHERE v.id = $1`,
    [versionId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeCode: row.programme_code,
    programmeTitle: row.programme_title,
    label: row.label,
    status: row.status,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    version: row.version,
    modules: row.modules,
  };
}

/** Drops the ids: the content as an admin would save it. */
export function contentOf(detail: ProgrammeVersionDetail): ProgrammeContent {
  return {
    modules: detail.modules.map((m) => ({
      number: m.number,
      title: m.title,
      summary: m.summary,
      outcomes: m.outcomes.map((o) => ({
        code: o.code,
        text: o.text,
        criteria: o.criteria.map((c) => ({ code: c.code, kind: c.kind, text: c.text, simulationAllowed: c.simulationAllowed, refresher: c.refresher ?? false })),
      })),
    })),
  };
}

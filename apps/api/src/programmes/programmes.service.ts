import { Injectable } from '@nestjs/common';
import type { ProgrammeSummary, ProgrammeVersionDetail } from '@peerpath/contracts';
import { moduleSaveProblems, publishProblems, type ContentProblem } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid, notFound } from '@peerpath/api/platform/domain-error';
import { contentOf, readVersion, writeContent, writeOutcomes } from './programme-content.store';
import type { SaveDraftDto, SaveModuleDto, StartDraftDto } from './dto/programme-content.dto';

interface LockedVersion {
  id: string;
  programme_id: string;
  status: 'draft' | 'published';
  version: number;
}

/** Programmes as data: browse, draft, edit and publish versions (admins edit; everyone reads). */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ProgrammeSummary[]> {
    return this.dataSource.query(
      `SELECT p.id, p.code, p.title, p.summary,
              COALESCE(json_agg(json_build_object(
                'id', v.id, 'label', v.label, 'status', v.status, 'publishedAt', v.published_at, 'version', v.version,
                'moduleCount', (SELECT count(*)::int FROM programme_modules m WHERE m.programme_version_id = v.id),
                'criterionCount', (SELECT count(*)::int FROM assessment_criteria c WHERE c.programme_version_id = v.id)
              ) ORDER BY v.created_at DESC) FILTER (WHERE v.id IS NOT NULL), '[]') AS versions
         FROM programmes p LEFT JOIN programme_versions v ON v.programme_id = p.id
        GROUP BY p.id ORDER BY p.title`,
    );
  }

  async get(versionId: string): Promise<ProgrammeVersionDetail> {
    const detail = await readVersion(this.dataSource.manager, versionId);
    if (!detail) throw notFound('Programme version');
    return detail;
  }

  /** A new draft starts as a copy of the latest published version. */
  async startDraft(actor: Actor, programmeId: string, dto: StartDraftDto): Promise<ProgrammeVersionDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const programme = await manager.query(`SELECT id FROM programmes WHERE id = $1 FOR UPDATE`, [programmeId]);
      if (!programme.length) throw notFound('Programme');
      const drafts = await manager.query(`SELECT id FROM programme_versions WHERE programme_id = $1 AND status = 'draft'`, [programmeId]);
      if (drafts.length) throw conflict('DRAFT_EXISTS', 'This programme already has a draft: edit that one');
      const labels = await manager.query(`SELECT 1 FROM programme_versions WHERE programme_id = $1 AND label = $2`, [programmeId, dto.label]);
      if (labels.length) throw conflict('LABEL_TAKEN', 'That version label is already used', { label: ['That version label is already used'] });
      const [latest] = await manager.query(
        `SELECT id FROM programme_versions WHERE programme_id = $1 AND status = 'published' ORDER BY published_at DESC LIMIT 1`,
        [programmeId],
      );
      const [{ id: draftId }] = await manager.query(
        `INSERT INTO programme_versions (programme_id, label, status, version) VALUES ($1, $2, 'draft', 1) RETURNING id`,
        [programmeId, dto.label],
      );
      if (latest) {
        const source = await readVersion(manager, latest.id);
        if (source) await writeContent(manager, draftId, contentOf(source));
      }
      await this.audit.record(manager, actor, {
        action: 'programme.draft_started',
        entityType: 'programme_version',
        entityId: draftId,
        after: { programmeId, label: dto.label, copiedFrom: latest?.id ?? null },
      });
      return draftId as string;
    });
    return this.get(id);
  }

  async saveDraft(actor: Actor, versionId: string, dto: SaveDraftDto): Promise<ProgrammeVersionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockDraft(manager, versionId, dto.expectedVersion);
      const before = await readVersion(manager, versionId);
      await manager.query(`DELETE FROM programme_modules WHERE programme_version_id = $1`, [versionId]);
      await writeContent(manager, versionId, { modules: dto.modules });
      await manager.query(`UPDATE programme_versions SET version = version + 1 WHERE id = $1`, [versionId]);
      await this.audit.record(manager, actor, {
        action: 'programme.draft_saved',
        entityType: 'programme_version',
        entityId: versionId,
        before: before ? { version: locked.version, content: contentOf(before) } : null,
        after: { version: locked.version + 1, content: { modules: dto.modules } },
      });
    });
    return this.get(versionId);
  }

  /**
   * Saves one module of a draft from its own page: its title, summary, outcomes and criteria
   * replace what was there. A number one past the last module adds a module. The draft's
   * version still guards the whole draft, so a second admin's save is refused, not lost.
   */
  async saveModule(actor: Actor, versionId: string, moduleNumber: number, dto: SaveModuleDto): Promise<ProgrammeVersionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockDraft(manager, versionId, dto.expectedVersion);
      const modules: { id: string; number: number }[] = await manager.query(
        `SELECT id, number FROM programme_modules WHERE programme_version_id = $1 ORDER BY number`,
        [versionId],
      );
      const existing = modules.find((m) => m.number === moduleNumber);
      const nextNumber = Math.max(0, ...modules.map((m) => m.number)) + 1;
      if (!existing && moduleNumber !== nextNumber) throw notFound(`Module ${moduleNumber}`);
      const problems = moduleSaveProblems(dto);
      if (problems.length) throw invalid(fieldErrorsOf(problems), `Module ${moduleNumber} cannot be saved yet`);

      const before = existing ? contentOf((await readVersion(manager, versionId)) as ProgrammeVersionDetail).modules.find((m) => m.number === moduleNumber) : null;
      const title = dto.title.trim();
      const summary = dto.summary.trim();
      let moduleId: string;
      if (existing) {
        moduleId = existing.id;
        await manager.query(`UPDATE programme_modules SET title = $2, summary = $3 WHERE id = $1`, [moduleId, title, summary]);
        // Criteria go with their outcomes (ON DELETE CASCADE). A draft's criteria carry no decisions: cohorts use published versions only.
        await manager.query(`DELETE FROM learning_outcomes WHERE module_id = $1`, [moduleId]);
      } else {
        const [inserted]: { id: string }[] = await manager.query(
          `INSERT INTO programme_modules (programme_version_id, number, title, summary) VALUES ($1, $2, $3, $4) RETURNING id`,
          [versionId, moduleNumber, title, summary],
        );
        moduleId = inserted.id;
      }
      await writeOutcomes(manager, versionId, [{ moduleId, outcomes: dto.outcomes }]);
      await manager.query(`UPDATE programme_versions SET version = version + 1 WHERE id = $1`, [versionId]);
      const after = contentOf((await readVersion(manager, versionId)) as ProgrammeVersionDetail).modules.find((m) => m.number === moduleNumber);
      await this.audit.record(manager, actor, {
        action: existing ? 'programme.module_saved' : 'programme.module_added',
        entityType: 'programme_version',
        entityId: versionId,
        before: { version: locked.version, module: before ?? null },
        after: { version: locked.version + 1, module: after ?? null },
      });
    });
    return this.get(versionId);
  }

  /** Publishing freezes the version: from now on cohorts may use it and nobody may edit it. */
  async publish(actor: Actor, versionId: string, expectedVersion: number): Promise<ProgrammeVersionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockDraft(manager, versionId, expectedVersion);
      const detail = await readVersion(manager, versionId);
      const problems = publishProblems(contentOf(detail as ProgrammeVersionDetail));
      if (problems.length) throw invalid(fieldErrorsOf(problems), 'This version is not ready to publish');
      await manager.query(`UPDATE programme_versions SET status = 'published', published_at = now(), version = version + 1 WHERE id = $1`, [versionId]);
      await this.audit.record(manager, actor, {
        action: 'programme.published',
        entityType: 'programme_version',
        entityId: versionId,
        before: { status: 'draft', version: locked.version },
        after: { status: 'published', version: locked.version + 1 },
      });
    });
    return this.get(versionId);
  }

  /** Row-locks the version and checks it is still the draft the admin loaded. */
  private async lockDraft(manager: EntityManager, versionId: string, expectedVersion: number): Promise<LockedVersion> {
    const [row]: LockedVersion[] = await manager.query(
      `SELECT id, programme_id, status, version FROM programme_versions WHERE id = $1 FOR UPDATE`,
      [versionId],
    );
    if (!row) throw notFound('Programme version');
    if (row.status !== 'draft') throw conflict('VERSION_PUBLISHED', 'This version is published and can no longer change: start a new draft');
    if (row.version !== expectedVersion) {
      throw conflict('STALE_VERSION', 'Someone else changed this draft since you opened it: reload it and make your change again');
    }
    return row;
  }
}

/** A rule's problems as the field errors the web maps to its fields; a problem with no path is about the version. */
function fieldErrorsOf(problems: readonly ContentProblem[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.path || 'version'] ??= []).push(p.message);
  return fieldErrors;
}

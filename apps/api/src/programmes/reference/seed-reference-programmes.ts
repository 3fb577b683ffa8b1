import type { ProgrammeContent } from '@peerpath/contracts';
import type { DataSource } from 'typeorm';
import { writeContent } from '@peerpath/api/programmes/programme-content.store';
import { BUDDY_SUPPORT_WORKER } from './buddy-support-worker';
import { CARE_CERTIFICATE_2025 } from './care-certificate-2025';
import type { ProgrammeDefinition } from './programme-definition';

export const REFERENCE_PROGRAMMES: ProgrammeDefinition[] = [BUDDY_SUPPORT_WORKER, CARE_CERTIFICATE_2025];

function toContent(definition: ProgrammeDefinition): ProgrammeContent {
  return {
    modules: definition.modules.map((m) => ({
      number: m.number,
      title: m.title,
      summary: m.summary,
      outcomes: m.outcomes.map((o) => ({
        code: o.code,
        text: o.text,
        criteria: o.criteria.map((c) => ({ code: c.code, kind: c.kind, text: c.text, simulationAllowed: c.simulationAllowed ?? false, refresher: m.refresher ?? false })),
      })),
    })),
  };
}

/**
 * Reference data for every database, demo or not: each reference programme with its
 * first version, published. Idempotent: a programme already present is left alone, so
 * admins' later versions and edits are never touched.
 */
export async function seedReferenceProgrammes(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('peerpath-reference-programmes'))`);
    let added = 0;
    for (const definition of REFERENCE_PROGRAMMES) {
      const existing = await manager.query(`SELECT 1 FROM programmes WHERE code = $1`, [definition.code]);
      if (existing.length) continue;
      const [{ id: programmeId }] = await manager.query(
        `INSERT INTO programmes (code, title, summary) VALUES ($1, $2, $3) RETURNING id`,
        [definition.code, definition.title, definition.summary],
      );
      const [{ id: versionId }] = await manager.query(
        `INSERT INTO programme_versions (programme_id, label, status, published_at, version) VALUES ($1, $2, 'published', now(), 1) RETURNING id`,
        [programmeId, definition.versionLabel],
      );
      await writeContent(manager, versionId, toContent(definition));
      added++;
    }
    return added;
  });
}

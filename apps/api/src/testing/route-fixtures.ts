import { API, type RouteName } from '@peerpath/contracts';
import type { TestApp } from './test-app';

/**
 * Real ids at one prison, for every `:name` in the route table: what the authorisation matrix
 * and the fuzz test put into paths. Read with the owner's connection (fixtures, not the app).
 */
export type PathIds = Record<string, string>;

export async function idsAtPrison(t: TestApp, prisonCode: string, avoidPrisonNumbers: string[] = []): Promise<PathIds> {
  const one = async (sql: string, params: unknown[] = [prisonCode]): Promise<string> => {
    const [row] = await t.owner.query(sql, params);
    if (!row) throw new Error(`no fixture at ${prisonCode} for: ${sql}`);
    return String(row.id);
  };
  const prison = `(SELECT id FROM prisons WHERE code = $1)`;
  const cohortId = await one(
    `SELECT c.id FROM cohorts c WHERE c.prison_id = ${prison}
      AND EXISTS (SELECT 1 FROM training_sessions s WHERE s.cohort_id = c.id) AND EXISTS (SELECT 1 FROM enrolments e WHERE e.cohort_id = c.id)
      ORDER BY c.starts_on DESC LIMIT 1`,
  );
  const buddyId = await one(
    `SELECT b.id FROM buddies b JOIN enrolments e ON e.buddy_id = b.id AND e.cohort_id = $1
      WHERE NOT (b.prison_number = ANY($2::text[])) ORDER BY b.prison_number LIMIT 1`,
    [cohortId, avoidPrisonNumbers],
  );
  return {
    prisonCode,
    cohortId,
    buddyId,
    sessionId: await one(`SELECT id FROM training_sessions WHERE cohort_id = $1 ORDER BY held_on LIMIT 1`, [cohortId]),
    enrolmentId: await one(`SELECT id FROM enrolments WHERE cohort_id = $1 AND buddy_id = $2`, [cohortId, buddyId]),
    moduleId: await one(`SELECT m.id FROM programme_modules m JOIN cohorts c ON c.programme_version_id = m.programme_version_id WHERE c.id = $1 ORDER BY m.number LIMIT 1`, [cohortId]),
    certificateId: await one(`SELECT id FROM certificates WHERE prison_id = ${prison} ORDER BY issued_on DESC LIMIT 1`),
    code: await one(`SELECT verification_code AS id FROM certificates WHERE prison_id = ${prison} ORDER BY issued_on DESC LIMIT 1`),
    recipientId: await one(`SELECT id FROM recipients WHERE prison_id = ${prison} ORDER BY id LIMIT 1`),
    allocationId: await one(`SELECT id FROM allocations WHERE prison_id = ${prison} ORDER BY id LIMIT 1`),
    concernId: await one(`SELECT id FROM concerns WHERE prison_id = ${prison} ORDER BY id LIMIT 1`),
    userId: await one(
      `SELECT u.id FROM users u JOIN role_assignments r ON r.user_id = u.id WHERE r.prison_id = ${prison} AND r.role = 'trainer' AND u.username LIKE 'trainer.%' ORDER BY u.username LIMIT 1`,
    ),
    versionId: await one(`SELECT pv.id FROM programme_versions pv JOIN cohorts c ON c.programme_version_id = pv.id WHERE c.id = $1`, [cohortId]),
    programmeId: await one(`SELECT programme_id AS id FROM cohorts WHERE id = $1`, [cohortId]),
    moduleNumber: '1',
    listKey: 'supervision-overdue',
    tableKey: 'comparison',
  };
}

/** A route's URL with these ids in its path. */
export function pathOf(name: RouteName, ids: PathIds): string {
  return API[name].path.replace(/:([A-Za-z]\w*)/g, (_m, key: string) => {
    const value = ids[key];
    if (value === undefined) throw new Error(`${name}: no fixture id for :${key}`);
    return encodeURIComponent(value);
  });
}

/** Exact row counts of every table, in one statement (the fuzz test's "nothing was written" check). */
export async function rowCounts(t: TestApp, skip: string[] = []): Promise<Record<string, number>> {
  const tables: { name: string }[] = await t.owner.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY table_name`,
    [skip],
  );
  const rows: { name: string; n: string }[] = await t.owner.query(tables.map((x) => `SELECT '${x.name}' AS name, count(*) AS n FROM "${x.name}"`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

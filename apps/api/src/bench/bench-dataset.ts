import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

export type Scale = 'demo' | 'prison' | 'national';

/** The sizes the issue names for England and Wales; `prison` is one prison's worth of the same shape. */
export interface DatasetSize {
  benchPrisons: number;
  benchClusters: number;
  buddies: number;
  decisions: number;
  supervisions: number;
  allocations: number;
  auditEvents: number;
}

const NATIONAL: DatasetSize = { benchPrisons: 110, benchClusters: 12, buddies: 8000, decisions: 2_000_000, supervisions: 96_000, allocations: 15_000, auditEvents: 2_000_000 };

export function sizeOf(scale: Scale): DatasetSize | null {
  if (scale === 'demo') return null;
  if (scale === 'national') return NATIONAL;
  const share = 70 / NATIONAL.buddies;
  const of = (n: number) => Math.round(n * share);
  return { benchPrisons: 1, benchClusters: 1, buddies: 70, decisions: of(NATIONAL.decisions), supervisions: of(NATIONAL.supervisions), allocations: of(NATIONAL.allocations), auditEvents: of(NATIONAL.auditEvents) };
}

export const BENCH_COORDINATOR = 'bench-coordinator';
export const BENCH_AUDITOR = 'bench-auditor';
/** The first bench prison: three capital letters, as the monitoring scope (`prison:ZAA`) requires. */
export const BENCH_PRISON = 'ZAA';
export const BENCH_CLUSTER = 'bench-01';

/**
 * Builds the bench data on top of the demo seed, set-based (INSERT … SELECT generate_series), with
 * every constraint and trigger in force: history is only ever inserted (the append-only triggers
 * refuse UPDATE), one live certificate per buddy and version, at most one active allocation per
 * pair and active hours within the prison's weekly cap, short codes from the column default.
 * Deterministic: every choice is arithmetic on the row number (ids and short codes are random).
 * Runs as the database owner, in one transaction.
 */
export async function buildDataset(ownerUrl: string, size: DatasetSize, today: string, say: (line: string) => void): Promise<Record<string, number>> {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await db.query(sql, params);
    say(`  ${label.padEnd(34)} ${String(result.rowCount ?? 0).padStart(9)} rows ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  };
  try {
    await db.query('BEGIN');
    await db.query(`CREATE TEMP TABLE bench_params ON COMMIT DROP AS SELECT $1::date AS today`, [today]);
    await step(
      'clusters',
      `INSERT INTO clusters (code, name) SELECT 'bench-' || lpad(i::text, 2, '0'), 'Bench cluster ' || i FROM generate_series(1, $1) i`,
      [size.benchClusters],
    );
    await step(
      'prisons',
      `INSERT INTO prisons (code, name, cluster_id, staff_cost_per_hour_pence)
       SELECT 'Z' || chr(65 + (i - 1) / 26) || chr(65 + (i - 1) % 26), 'HMP Bench ' || i, c.id, 2500
         FROM generate_series(1, $1) i JOIN clusters c ON c.code = 'bench-' || lpad((1 + (i - 1) % $2)::text, 2, '0')`,
      [size.benchPrisons, size.benchClusters],
    );
    // Staff: a coordinator (also trainer and assessor) at each bench prison signs for its records;
    // two named accounts, with the demo password, sign in to the benchmark.
    await step(
      'staff',
      `INSERT INTO users (username, display_name, password_hash, version)
       SELECT CASE WHEN p.code = '${BENCH_PRISON}' THEN '${BENCH_COORDINATOR}' ELSE 'bench-staff-' || lower(p.code) END, 'Bench staff ' || p.code,
              (SELECT password_hash FROM users WHERE username = 'coordinator'), 1
         FROM prisons p WHERE p.code LIKE 'Z__'
       UNION ALL SELECT '${BENCH_AUDITOR}', 'Bench auditor', (SELECT password_hash FROM users WHERE username = 'coordinator'), 1`,
    );
    await step(
      'role assignments',
      `INSERT INTO role_assignments (user_id, role, scope, prison_id, cluster_id)
       SELECT u.id, r.role::role_name, 'prison'::scope_level, p.id, NULL::uuid FROM prisons p
         JOIN users u ON u.username = CASE WHEN p.code = '${BENCH_PRISON}' THEN '${BENCH_COORDINATOR}' ELSE 'bench-staff-' || lower(p.code) END
         CROSS JOIN (VALUES ('coordinator'), ('trainer')) r(role)
        WHERE p.code LIKE 'Z__'
       UNION ALL SELECT u.id, 'auditor'::role_name, 'cluster'::scope_level, NULL::uuid, c.id FROM users u, clusters c WHERE u.username = '${BENCH_AUDITOR}' AND c.code = '${BENCH_CLUSTER}'`,
    );
    await db.query(`CREATE TEMP TABLE bench_prison ON COMMIT DROP AS
      SELECT (row_number() OVER (ORDER BY p.code) - 1)::int AS k, p.id, p.code, u.id AS staff_id
        FROM prisons p JOIN users u ON u.username = CASE WHEN p.code = '${BENCH_PRISON}' THEN '${BENCH_COORDINATOR}' ELSE 'bench-staff-' || lower(p.code) END
       WHERE p.code LIKE 'Z__'`);
    await db.query(`CREATE TEMP TABLE bench_version ON COMMIT DROP AS
      SELECT pv.id, pv.programme_id FROM programme_versions pv JOIN programmes p ON p.id = pv.programme_id
       WHERE p.code = 'buddy-support-worker' AND pv.status = 'published' ORDER BY pv.published_at LIMIT 1`);

    // Buddies: spread over the bench prisons; 90% approved (trained or training), 5% applied, 5% declined.
    await step(
      'buddies',
      `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version)
       SELECT 'Z' || lpad((n % 10000)::text, 4, '0') || chr(65 + (n / 10000) % 26) || chr(65 + (n / 260000) % 26),
              (ARRAY['Aaron','Ben','Callum','Dan','Ethan','Femi','Gareth','Harry','Imran','Jack','Kyle','Liam','Mo','Nathan','Owen','Paul','Rhys','Sam','Tom','Wes'])[1 + n % 20],
              (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright','Evans','Walker','Thomas','Roberts','Khan','Lewis','Hughes','Clarke','Hall','Green','Wood','Ahmed','Price'])[1 + (n / 20) % 23],
              bp.id, (SELECT today FROM bench_params) - (30 + n % 700),
              (CASE WHEN n % 20 = 0 THEN 'applied' WHEN n % 20 = 1 THEN 'declined' ELSE 'approved' END)::selection_status, 1
         FROM generate_series(1, $1) n JOIN bench_prison bp ON bp.k = n % (SELECT count(*)::int FROM bench_prison)`,
      [size.buddies],
    );
    await db.query(`CREATE TEMP TABLE bench_buddy ON COMMIT DROP AS
      SELECT b.id, b.prison_id, b.applied_on, b.selection_status, bp.staff_id, bp.k AS prison_k,
             (row_number() OVER (PARTITION BY b.prison_id ORDER BY b.prison_number) - 1)::int AS r
        FROM buddies b JOIN bench_prison bp ON bp.id = b.prison_id`);
    await step(
      'selection decisions',
      `INSERT INTO selection_decisions (buddy_id, outcome, security_check_done, risk_assessment_done, decided_by_user_id, decided_on, notes)
       SELECT id, selection_status::text::selection_outcome, true, true, staff_id, applied_on + 14, 'Bench' FROM bench_buddy WHERE selection_status <> 'applied'`,
    );
    // Cohorts of up to 30 in each prison; the newest (cohort_k 0, a full one) is still running, the
    // older ones finished (their buddies certified).
    await db.query(`CREATE TEMP TABLE bench_enrolled ON COMMIT DROP AS
      SELECT bb.*, (row_number() OVER (PARTITION BY bb.prison_id ORDER BY bb.r) - 1)::int / 30 AS cohort_k,
             (count(*) OVER (PARTITION BY bb.prison_id))::int AS in_prison
        FROM bench_buddy bb WHERE bb.selection_status = 'approved'`);
    await step(
      'cohorts',
      `INSERT INTO cohorts (prison_id, programme_version_id, programme_id, name, starts_on, ends_on, capacity, version)
       SELECT e.prison_id, v.id, v.programme_id, 'Bench cohort ' || (e.cohort_k + 1),
              (SELECT today FROM bench_params) - 60 - e.cohort_k * 90, (SELECT today FROM bench_params) + 30 - e.cohort_k * 90, 30, 1
         FROM (SELECT DISTINCT prison_id, cohort_k FROM bench_enrolled) e, bench_version v`,
    );
    await db.query(`CREATE TEMP TABLE bench_cohort ON COMMIT DROP AS
      SELECT c.id, c.prison_id, c.starts_on, c.ends_on, (substring(c.name from 14))::int - 1 AS cohort_k, c.ends_on < (SELECT today FROM bench_params) AS finished
        FROM cohorts c JOIN bench_prison bp ON bp.id = c.prison_id`);
    await step(
      'cohort staff',
      `INSERT INTO cohort_staff (cohort_id, user_id, role) SELECT bc.id, bp.staff_id, 'trainer' FROM bench_cohort bc JOIN bench_prison bp ON bp.id = bc.prison_id`,
    );
    await step(
      'enrolments',
      `INSERT INTO enrolments (cohort_id, buddy_id, programme_id, enrolled_on, version)
       SELECT bc.id, e.id, v.programme_id, bc.starts_on, 1 FROM bench_enrolled e JOIN bench_cohort bc ON bc.prison_id = e.prison_id AND bc.cohort_k = e.cohort_k, bench_version v`,
    );
    await db.query(`CREATE TEMP TABLE bench_trainee ON COMMIT DROP AS
      SELECT e.id, e.prison_id, e.staff_id, e.r, bc.id AS cohort_id, bc.starts_on, bc.finished FROM bench_enrolled e JOIN bench_cohort bc ON bc.prison_id = e.prison_id AND bc.cohort_k = e.cohort_k`);
    await db.query(`CREATE TEMP TABLE bench_criterion ON COMMIT DROP AS
      SELECT ac.id, (row_number() OVER (ORDER BY m.number, ac.position))::int AS pos FROM assessment_criteria ac JOIN programme_modules m ON m.id = ac.module_id
       WHERE ac.programme_version_id = (SELECT id FROM bench_version)`);
    // Several decisions per buddy × criterion (not yet met, then met), sized to the target total;
    // in a running cohort the later criteria are still to be met.
    const { rows: depth } = await db.query(`SELECT (SELECT count(*) FROM bench_trainee) * (SELECT count(*) FROM bench_criterion) AS pairs`);
    const mean = Math.max(1, size.decisions / Math.max(1, Number(depth[0].pairs)));
    const spread = Math.max(1, Math.round(2 * mean - 1));
    await step(
      'assessment decisions',
      `INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id)
       SELECT t.id, c.id, t.cohort_id,
              (CASE WHEN k = d.n AND (t.finished OR c.pos * 3 < 100 + t.r % 50) THEN 'met' ELSE 'not_yet_met' END)::assessment_outcome,
              (ARRAY['observation','questioning','discussion','workbook'])[1 + (c.pos + k) % 4]::assessment_method,
              least(t.starts_on + (c.pos::int / 2) + k * 3, (SELECT today FROM bench_params)), 'Bench evidence note ' || k, t.staff_id
         FROM bench_trainee t CROSS JOIN bench_criterion c
        CROSS JOIN LATERAL (SELECT 1 + ((t.r * 31 + c.pos * 7) % $1)::int AS n) d
        CROSS JOIN LATERAL generate_series(1, d.n) k
        ORDER BY t.id, c.id, k`,
      [spread],
    );
    await step(
      'certificates',
      `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, verification_code, issued_by_user_id, version)
       SELECT 'BENCH-' || lpad(row_number() OVER (ORDER BY t.id)::text, 6, '0'), t.id, v.id, v.programme_id, t.prison_id,
              bc.ends_on, (bc.ends_on + interval '24 months')::date, md5('bench-' || t.id::text), t.staff_id, 1
         FROM bench_trainee t JOIN bench_cohort bc ON bc.id = t.cohort_id, bench_version v WHERE t.finished`,
    );
    // Supervision every four weeks since certification, a few buddies overdue.
    const { rows: certified } = await db.query(`SELECT count(*)::int AS n FROM bench_trainee WHERE finished`);
    const perBuddy = Math.max(1, Math.round(size.supervisions / Math.max(1, certified[0].n)));
    await step(
      'supervisions',
      `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
       SELECT t.id, t.prison_id, t.staff_id, (SELECT today FROM bench_params) - (CASE WHEN t.r % 10 = 0 THEN 40 ELSE 3 + t.r % 20 END) - (k - 1) * 28,
              45, 20 + (k % 10), 1 + (t.r + k) % 5, k % 2 = 0, '', 'Keep going'
         FROM bench_trainee t CROSS JOIN generate_series(1, $1) k WHERE t.finished`,
      [perBuddy],
    );
    // Recipients: as many per prison as the allocations need, spread so each certified buddy meets new ones.
    const recipientsPerPrison = Math.max(4, Math.ceil(size.allocations / size.benchPrisons / 2));
    await step(
      'recipients',
      `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, version)
       SELECT 'Y' || lpad(((bp.k * $1 + n) % 10000)::text, 4, '0') || chr(65 + ((bp.k * $1 + n) / 10000) % 26) || 'A', 'Recipient', 'Number ' || n, bp.id,
              'Help with meals and mobility', 'CP-' || bp.code || '-' || n, 1
         FROM bench_prison bp CROSS JOIN generate_series(1, $1) n`,
      [recipientsPerPrison],
    );
    // Allocations: the newest per certified buddy active (3 hours, within any cap), the earlier ended.
    const perCertified = Math.max(1, Math.round(size.allocations / Math.max(1, certified[0].n)));
    await step(
      'allocations',
      `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, status, ended_on, end_reason, allocated_by_user_id, version)
       SELECT t.id, rc.id, t.prison_id, ARRAY['collecting_meals', 'company_activities']::varchar[], 3,
              (SELECT today FROM bench_params) - k * 30 - 5,
              (CASE WHEN k = 1 THEN 'active' ELSE 'ended' END)::allocation_status,
              CASE WHEN k = 1 THEN NULL ELSE (SELECT today FROM bench_params) - k * 30 + 20 END,
              CASE WHEN k = 1 THEN NULL ELSE 'Recipient moved on' END, t.staff_id, 1
         FROM bench_trainee t CROSS JOIN generate_series(1, $1) k
         JOIN LATERAL (SELECT r.id FROM recipients r WHERE r.prison_id = t.prison_id ORDER BY r.prison_number OFFSET (t.r * 7 + k) % $2 LIMIT 1) rc ON true
        WHERE t.finished`,
      [perCertified, recipientsPerPrison],
    );
    // The audit trail: the kinds of event the app writes, spread over two years.
    await step(
      'audit events',
      `INSERT INTO audit_events (occurred_at, actor_user_id, action, entity_type, entity_id, prison_id, after, request_id)
       SELECT (SELECT today FROM bench_params)::timestamptz - make_interval(mins => (n * 37) % (730 * 24 * 60)), bb.staff_id,
              (ARRAY['assessment.recorded','attendance.marked','supervision.recorded','allocation.made','allocation.ended','certificate.issued','buddy.enrolled','recipient.added'])[1 + n % 8],
              (ARRAY['assessment_decision','attendance_mark','supervision','allocation','allocation','certificate','enrolment','recipient'])[1 + n % 8],
              bb.id::text, bb.prison_id, jsonb_build_object('bench', n), 'bench-' || n
         FROM generate_series(1, $1) n JOIN bench_buddy bb ON bb.r = n % 70 AND bb.prison_k = (n / 70) % (SELECT count(*)::int FROM bench_prison)`,
      [size.auditEvents],
    );
    await db.query('COMMIT');
    const started = performance.now();
    await db.query('ANALYZE');
    say(`  ${'ANALYZE'.padEnd(34)} ${''.padStart(14)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    const counts: Record<string, number> = {};
    for (const table of ['prisons', 'buddies', 'cohorts', 'enrolments', 'assessment_decisions', 'certificates', 'supervisions', 'recipients', 'allocations', 'audit_events']) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = rows[0].n;
    }
    return counts;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

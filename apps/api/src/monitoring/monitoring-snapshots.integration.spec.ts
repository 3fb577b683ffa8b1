import type { MonitoringDashboard } from '@peerpath/contracts';
import { prisonToday } from '@peerpath/domain';
import { parse } from 'csv-parse/sync';
import { signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * National and cluster dashboards are shared snapshots, kept in the database for
 * MONITORING_SNAPSHOT_MINUTES; a prison's dashboard is computed for every request. A cluster of
 * its own (Snapshire: SNA, SNB) gets a new supervision between requests.
 */
const held = (d: MonitoringDashboard) => d.groups.flatMap((g) => g.figures).find((f) => f.key === 'supervision.held')?.value;

describe('monitoring snapshots (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;
  let supervise: () => Promise<void>;
  const get = async (query: string): Promise<MonitoringDashboard> => (await admin.agent.get(`/api/monitoring?${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp({ MONITORING_SNAPSHOT_MINUTES: '10' });
    const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
    const [{ id: cluster }] = await q(`INSERT INTO clusters (code, name) VALUES ('snapshire', 'Snapshire') RETURNING id`);
    const [{ id: sna }] = await q(`INSERT INTO prisons (code, name, cluster_id) VALUES ('SNA', 'HMP Snapa', $1) RETURNING id`, [cluster]);
    await q(`INSERT INTO prisons (code, name, cluster_id) VALUES ('SNB', 'HMP Snapb', $1)`, [cluster]);
    const [{ id: staff }] = await q(`SELECT id FROM users WHERE username = 'admin'`);
    const [{ id: buddy }] = await q(
      `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version) VALUES ('S1001AA', 'Snap', 'Shot', $1, $2, 'approved', 1) RETURNING id`,
      [sna, prisonToday()],
    );
    supervise = () =>
      q(
        `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
         VALUES ($1, $2, $3, $4, 30, 3, 3, true, '', '')`,
        [buddy, sna, staff, prisonToday()],
      );
    await supervise();
    admin = await signedIn(t, 'admin');
  });
  afterAll(() => t.close());

  it('serves a cluster from its snapshot, unchanged by a new supervision, while the prison shows it at once; downloads agree with the page', async () => {
    const first = await get('scope=cluster:snapshire');
    expect(first).toMatchObject({ refreshMinutes: 10, asOf: expect.any(String) });
    expect(held(first)).toBe(1);
    expect(held(await get('scope=prison:SNA'))).toBe(1);

    await supervise();
    const again = await get('scope=cluster:snapshire');
    expect(again.asOf).toBe(first.asOf);
    expect(again).toEqual(first);
    const prison = await get('scope=prison:SNA');
    expect(held(prison)).toBe(2);
    expect(prison.refreshMinutes).toBeUndefined();

    // The comparison CSV is drawn from the same snapshot as the page.
    const csv: Record<string, string>[] = parse((await admin.agent.get('/api/monitoring/csv/comparison?scope=cluster:snapshire').buffer(true).expect(200)).text, { columns: true, bom: true });
    const heldColumn = first.comparison.columns.find((c) => c.key === 'supervisionsHeld')?.label ?? '';
    expect(csv.find((r) => r['Prison'] === 'HMP Snapa')?.[heldColumn]).toBe('1');
  });

  it('computes again once the snapshot is older than the refresh time, including what happened since', async () => {
    const before = await get('scope=cluster:snapshire');
    await t.owner.query(`UPDATE monitoring_snapshots SET computed_at = computed_at - interval '11 minutes' WHERE scope = 'cluster:snapshire'`);
    const after = await get('scope=cluster:snapshire');
    expect(after.asOf).not.toBe(before.asOf);
    expect(held(after)).toBe(2);
    expect(held(await get('scope=cluster:snapshire'))).toBe(2);
  });

  it('while another process computes an expired snapshot, gives the previous one at once rather than a wait', async () => {
    const before = await get('scope=cluster:snapshire');
    await t.owner.query(`UPDATE monitoring_snapshots SET computed_at = computed_at - interval '11 minutes' WHERE scope = 'cluster:snapshire'`);
    const [{ aged }] = await t.owner.query(`SELECT computed_at AS aged FROM monitoring_snapshots WHERE scope = 'cluster:snapshire'`);
    // "Another process" is this connection holding the key's lock, as a computing process does.
    const computing = t.owner.createQueryRunner();
    await computing.startTransaction();
    try {
      await computing.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`monitoring-snapshot:cluster:snapshire:${before.period.from}:${before.period.to}`]);
      const meanwhile = await get('scope=cluster:snapshire');
      expect(meanwhile.asOf).toBe(aged.toISOString());
      expect(held(meanwhile)).toBe(held(before));
    } finally {
      await computing.rollbackTransaction();
      await computing.release();
    }
    // The lock let go, the next request computes it afresh.
    expect((await get('scope=cluster:snapshire')).asOf).not.toBe(aged.toISOString());
  });

  it('computes a snapshot once for several requests that ask for it at the same time', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => get('scope=national')));
    expect(new Set(answers.map((a) => a.asOf)).size).toBe(1);
    const rows = await t.owner.query(`SELECT computed_at FROM monitoring_snapshots WHERE scope = 'national'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].computed_at.toISOString()).toBe(answers[0].asOf);
  });

  it('keeps the app role to ordinary rights on the snapshots, and drops snapshots older than a day when it writes', async () => {
    await t.owner.query(`INSERT INTO monitoring_snapshots (scope, period_from, period_to, computed_at, figures) VALUES ('cluster:gone', '2020-01-01', '2020-12-31', now() - interval '2 days', '{}')`);
    await t.owner.query(`UPDATE monitoring_snapshots SET computed_at = computed_at - interval '11 minutes' WHERE scope = 'cluster:snapshire'`);
    await get('scope=cluster:snapshire');
    expect(await t.dataSource.query(`SELECT scope FROM monitoring_snapshots WHERE scope = 'cluster:gone'`)).toEqual([]);
    await expect(t.dataSource.query(`TRUNCATE monitoring_snapshots`)).rejects.toThrow(/permission denied/);
  });
});

import type { MonitoringDashboard, MonitoringFigure } from '@peerpath/contracts';
import { addDays, addMonths } from '@peerpath/domain';
import { parse } from 'csv-parse/sync';
import { signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * The monitoring dashboard on real PostgreSQL with a pinned clock. A test cluster of its own
 * (Testshire: TSA) holds a small hand-built fixture whose figures are worked out by hand
 * below; the demo data sits beside it at Devon and Yorkshire and must never leak in.
 */
const Y = new Date().getUTCFullYear() + 1;
const TODAY = `${Y}-06-15`;
const FROM = `${Y}-03-01`;
const TO = `${Y}-03-31`;
const PREV_TO = addDays(FROM, -1);
const PREV_FROM = addDays(PREV_TO, -30);

const figureOf = (d: MonitoringDashboard, key: string): MonitoringFigure => {
  const found = d.groups.flatMap((g) => g.figures).find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};
const tableOf = (d: MonitoringDashboard, key: string) => {
  const found = key === 'comparison' ? d.comparison : d.groups.flatMap((g) => g.tables).find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
};

describe('monitoring dashboard (real PostgreSQL, pinned clock)', () => {
  let t: TestApp;
  let admin: TestClient;
  let auditor: TestClient;
  let testshire: TestClient;
  const period = `from=${FROM}&to=${TO}`;
  const get = (client: TestClient, query: string) => client.agent.get(`/api/monitoring?${query}`);

  beforeAll(async () => {
    jest.useFakeTimers({
      now: new Date(`${TODAY}T11:00:00Z`),
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    t = await createTestApp();
    const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
    const [{ id: cluster }] = await q(`INSERT INTO clusters (code, name) VALUES ('testshire', 'Testshire') RETURNING id`);
    const [{ id: tsa }] = await q(
      `INSERT INTO prisons (code, name, cluster_id, supervision_interval_days, staff_cost_per_hour_pence) VALUES ('TSA', 'HMP Testa', $1, 28, 3000) RETURNING id`,
      [cluster],
    );
    const [{ id: hli }] = await q(`SELECT id FROM prisons WHERE code = 'HLI'`);
    const [{ id: staff }] = await q(`SELECT id FROM users WHERE username = 'admin'`);
    const buddy = async (prisonId: string, number: string, appliedOn: string, status: string, decidedOn?: string) => {
      const [{ id }] = await q(
        `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version) VALUES ($1, 'Test', $1, $2, $3, $4, 1) RETURNING id`,
        [number, prisonId, appliedOn, status],
      );
      if (decidedOn) {
        await q(`INSERT INTO selection_decisions (buddy_id, outcome, security_check_done, risk_assessment_done, decided_by_user_id, decided_on, notes) VALUES ($1, 'approved', true, true, $2, $3, '')`, [id, staff, decidedOn]);
      }
      return id as string;
    };
    const supervise = (buddyId: string, prisonId: string, heldOn: string, minutes: number, wellbeing: number, actions: string) =>
      q(
        `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
         VALUES ($1, $2, $3, $4, $5, 3, $6, true, '', $7)`,
        [buddyId, prisonId, staff, heldOn, minutes, wellbeing, actions],
      );
    const concern = (buddyId: string, kind: string, raisedAt: string, resolvedAt: string | null) =>
      q(
        `INSERT INTO concerns (buddy_id, prison_id, kind, description, raised_by_user_id, raised_at, status, outcome, reviewed_by_user_id, reviewed_at, version)
         VALUES ($1, $2, $3, 'Fixture', $4, $5, $6, $7, $8, $9, 1)`,
        [buddyId, tsa, kind, staff, raisedAt, resolvedAt ? 'resolved' : 'open', resolvedAt ? 'Spoke with the buddy' : null, resolvedAt ? staff : null, resolvedAt],
      );

    // Applied on the first day of the period (counts), and approved in it.
    const b1 = await buddy(tsa, 'T1001AA', FROM, 'approved', `${Y}-03-05`);
    // Applied and approved on the last day of the previous period.
    const b2 = await buddy(tsa, 'T1002AA', PREV_TO, 'approved', PREV_TO);
    await buddy(tsa, 'T1003AA', `${Y}-03-10`, 'applied');
    await supervise(b1, tsa, FROM, 60, 4, 'Keep a diary of hours');
    await supervise(b1, tsa, `${Y}-03-15`, 30, 2, '');
    await supervise(b2, tsa, PREV_TO, 45, 5, 'Rest more');
    await concern(b1, 'boundary', `${Y}-03-02T10:00:00Z`, `${Y}-03-06T10:00:00Z`);
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (BST): after the period.
    await concern(b1, 'safeguarding', `${Y}-03-31T23:30:00Z`, null);
    await concern(b2, 'boundary', `${PREV_TO}T12:00:00Z`, null);
    // At Hull (Yorkshire): never counted for Devon or Testshire.
    const hull = await buddy(hli, 'T1004AA', FROM, 'approved', FROM);
    await supervise(hull, hli, `${Y}-03-10`, 50, 3, 'x');

    admin = await signedIn(t, 'admin');
    auditor = await signedIn(t, 'auditor');
    await t.addStaff(admin, { username: 'coord.tsa', displayName: 'Tess Coordinator', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'TSA' }] });
    testshire = await signedIn(t, 'coord.tsa', 'correct-horse-battery-9');
  });

  afterAll(async () => {
    await t.close();
    jest.useRealTimers();
  });

  it('counts each figure of the hand-built fixture, this period and the previous one', async () => {
    const { body: d } = (await get(testshire, period).expect(200)) as { body: MonitoringDashboard };
    expect(d.scope).toMatchObject({ value: 'prison:TSA', label: 'HMP Testa', prisons: [{ code: 'TSA', clusterCode: 'testshire' }] });
    expect(d.period).toEqual({ from: FROM, to: TO });
    expect(d.previous).toEqual({ from: PREV_FROM, to: PREV_TO });
    expect(d.today).toBe(TODAY);
    const v = (key: string) => [figureOf(d, key).value, figureOf(d, key).previous];

    expect(v('buddies.applied')).toEqual([2, 1]);
    expect(v('buddies.selected')).toEqual([1, 1]);
    expect(v('buddies.enrolled')).toEqual([0, 0]);
    expect(v('buddies.certified')).toEqual([0, 0]);
    expect(v('buddies.medianDaysToCertificate')).toEqual([null, null]);
    expect(v('buddies.left')).toEqual([0, 0]);
    expect(v('buddies.certifiedNow')).toEqual([0, null]);
    expect(tableOf(d, 'buddies.stages').rows).toContainEqual({ stage: 'Applied, not yet decided', buddies: 1 });
    expect(tableOf(d, 'buddies.stages').rows).toContainEqual({ stage: 'Approved, waiting for training', buddies: 2 });
    expect(tableOf(d, 'buddies.funnel').rows[0]).toEqual({ step: 'Applied', period: 2, previous: 1 });

    // Supervision on the first day of the period counts; the day before counts in the previous period.
    expect(v('supervision.held')).toEqual([2, 1]);
    // 1 March to 15 March: 14 days; a first supervision has no gap.
    expect(v('supervision.medianDaysBetween')).toEqual([14, null]);
    // No training has started, so supervision applies to nobody yet.
    expect(v('supervision.activeBuddies')).toEqual([0, null]);
    expect(v('supervision.withinPolicy')).toEqual([null, null]);
    expect(tableOf(d, 'supervision.perMonth').rows).toEqual([{ month: `${Y}-03`, sessions: 2 }]);

    // Wellbeing 4 and 2: median 3; before, 5.
    expect(v('outcomes.medianWellbeing')).toEqual([3, 5]);
    expect(v('outcomes.reviews')).toEqual([0, 0]);

    // 60 + 30 minutes at £30 an hour; 45 minutes before.
    expect(v('cost.supervisionHours')).toEqual([1.5, 0.8]);
    expect(v('cost.trainerHours')).toEqual([null, null]);
    expect(v('cost.staffCost')).toEqual([45, 22.5]);
    expect(tableOf(d, 'cost.byPrison').rows).toEqual([{ prison: 'HMP Testa', trainerHours: 0, supervisionHours: 1.5, costPerHour: 30, cost: 45 }]);

    // Raised 2 March (counted); raised 00:30 on 1 April London (not); raised on the previous period's last day.
    expect(v('safety.raised')).toEqual([1, 1]);
    expect(v('safety.open')).toEqual([2, null]);
    expect(v('safety.resolved')).toEqual([1, 0]);
    expect(v('safety.medianDaysToResolve')).toEqual([4, null]);
    expect(tableOf(d, 'safety.byKind').rows).toEqual([
      { kind: 'Safeguarding', period: 0, previous: 0, open: 1 },
      { kind: 'Boundary', period: 1, previous: 1, open: 1 },
    ]);

    // One of two supervisions has agreed actions written; the earlier one had.
    expect(v('completeness.supervisionActions')).toEqual([50, 100]);
    expect(v('completeness.concernOutcomes')).toEqual([100, null]);
    expect(tableOf(d, 'completeness.records').rows[0]).toEqual({ group: 'Supervision', what: 'Supervisions with agreed actions written', recorded: 1, expected: 2, percent: 50 });

    expect(d.comparison.rows).toEqual([
      expect.objectContaining({ prison: 'HMP Testa', cluster: 'Testshire', supervisionsHeld: 2, openConcerns: 2, activeBuddies: 0, staffHours: 1.5 }),
    ]);
    // Every figure carries a one-sentence definition.
    for (const f of d.groups.flatMap((g) => g.figures)) expect(f.definition).toMatch(/\.$/);
  });

  it('keeps a coordinator to their prison and refuses anything wider', async () => {
    const { body } = await get(testshire, period).expect(200);
    expect(body.scopes).toEqual([{ value: 'prison:TSA', label: 'HMP Testa' }]);
    for (const scope of ['prison:EXI', 'cluster:testshire', 'national']) {
      expect((await get(testshire, `scope=${scope}&${period}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    }
  });

  it('shows a Devon auditor exactly the Devon prisons, never Yorkshire’s data', async () => {
    const { body: d } = (await get(auditor, period).expect(200)) as { body: MonitoringDashboard };
    expect(d.scopes.map((s) => s.value)).toEqual(['cluster:devon', 'prison:CWI', 'prison:DAI', 'prison:EXI']);
    expect(d.scopes[0].label).toBe('Devon cluster');
    expect(d.scope.value).toBe('cluster:devon');
    expect(d.scope.prisons.map((p) => p.code).sort()).toEqual(['CWI', 'DAI', 'EXI']);
    expect(d.comparison.rows.map((r) => r['prison']).sort()).toEqual(['HMP Channings Wood', 'HMP Dartmoor', 'HMP Exeter']);
    // The Hull supervision in March is not theirs; the demo has none at Devon in a future March.
    expect(figureOf(d, 'supervision.held').value).toBe(0);
    await get(auditor, `scope=prison:HLI&${period}`).expect(403);
    await get(auditor, `scope=national&${period}`).expect(403);

    const { body: national } = (await get(admin, `scope=national&${period}`).expect(200)) as { body: MonitoringDashboard };
    expect(national.scopes[0]).toEqual({ value: 'national', label: 'National' });
    expect(figureOf(national, 'supervision.held').value).toBe(3);
    expect(national.comparison.rows.find((r) => r['prison'] === 'HMP Hull')).toMatchObject({ supervisionsHeld: 1 });
    const { body: yorkshire } = (await get(admin, `scope=cluster:yorkshire&${period}`).expect(200)) as { body: MonitoringDashboard };
    expect(figureOf(yorkshire, 'supervision.held').value).toBe(1);
  });

  it('refuses a role without monitoring', async () => {
    const trainer = await signedIn(t, 'trainer');
    await get(trainer, '').expect(403);
  });

  it('defaults to the 12 months ending today in London, with the 12 months before', async () => {
    const { body } = await get(testshire, '').expect(200);
    const from = addDays(addMonths(TODAY, -12), 1);
    expect(body.period).toEqual({ from, to: TODAY });
    expect(body.previous.to).toBe(addDays(from, -1));
    // A supervision held in March falls inside the default year.
    expect(figureOf(body, 'supervision.held').value).toBe(3);
  });

  it.each([
    ['an unknown scope', 'scope=everywhere'],
    ['a date that does not exist', `from=${Y}-02-30`],
    ['a start after the end', `from=${Y}-04-01&to=${Y}-03-01`],
    ['an end after today', `to=${addDays(TODAY, 1)}`],
    ['more than three years', `from=${Y - 3}-06-15&to=${TODAY}`],
    ['an unknown field', 'prison=EXI'],
  ])('answers 400 to %s', async (_, query) => {
    await get(testshire, query).expect(400);
  });

  it('gives any table as CSV matching the JSON, scoped the same', async () => {
    const { body: d } = (await get(auditor, period).expect(200)) as { body: MonitoringDashboard };
    for (const key of ['comparison', 'supervision.byPrison', 'buddies.funnel']) {
      const res = await auditor.agent.get(`/api/monitoring/csv/${key}?${period}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="peerpath-${key}-cluster-devon-${FROM}-to-${TO}.csv"`);
      const table = tableOf(d, key);
      const records: Record<string, string>[] = parse(res.text, { columns: true, bom: true });
      expect(Object.keys(records[0])).toEqual(table.columns.map((c) => c.label));
      expect(records).toEqual(table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] === null ? '' : String(row[c.key])]))));
    }
    await auditor.agent.get(`/api/monitoring/csv/no.such.table?${period}`).expect(404);
    await auditor.agent.get(`/api/monitoring/csv/comparison?scope=cluster:yorkshire`).expect(403);
  });

  it('prints the scheme summary as a PDF', async () => {
    const res = await testshire.agent.get(`/api/monitoring/summary.pdf?${period}`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="peerpath-summary-prison-TSA-${FROM}-to-${TO}.pdf"`);
  });
});

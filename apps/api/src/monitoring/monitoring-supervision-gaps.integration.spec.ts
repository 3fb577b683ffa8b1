import type { MonitoringDashboard } from '@peerpath/contracts';
import { daysBetween } from '@peerpath/domain';
import { signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * Days between supervisions: the gap to the same buddy's previous supervision, wherever it was
 * held and however long ago. The dashboard finds it within the two periods first and looks
 * further back only when there is none there; this fixture reaches each path.
 */
const Y = new Date().getUTCFullYear() + 1;
const FROM = `${Y}-03-01`;
const TO = `${Y}-03-31`;

describe('monitoring: days between supervisions (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    jest.useFakeTimers({
      now: new Date(`${Y}-06-15T11:00:00Z`),
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    t = await createTestApp();
    const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
    const [{ id: cluster }] = await q(`INSERT INTO clusters (code, name) VALUES ('gapshire', 'Gapshire') RETURNING id`);
    const [{ id: other }] = await q(`INSERT INTO clusters (code, name) VALUES ('elsewhere', 'Elsewhere') RETURNING id`);
    const prison = async (code: string, clusterId: string) =>
      (await q(`INSERT INTO prisons (code, name, cluster_id) VALUES ($1, $2, $3) RETURNING id`, [code, `HMP ${code}`, clusterId]))[0].id as string;
    const gpa = await prison('GPA', cluster);
    const gpc = await prison('GPC', cluster);
    const gpb = await prison('GPB', other);
    const [{ id: staff }] = await q(`SELECT id FROM users WHERE username = 'admin'`);
    const buddy = async (prisonId: string, number: string) =>
      (
        await q(`INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version) VALUES ($1, 'Gap', $1, $2, $3, 'approved', 1) RETURNING id`, [
          number,
          prisonId,
          `${Y - 1}-06-01`,
        ])
      )[0].id as string;
    const supervise = (buddyId: string, prisonId: string, heldOn: string) =>
      q(
        `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
         VALUES ($1, $2, $3, $4, 30, 3, 3, true, '', '')`,
        [buddyId, prisonId, staff, heldOn],
      );

    // At GPA: the previous supervision is long before both periods.
    const g1 = await buddy(gpa, 'G1001AA');
    await supervise(g1, gpa, `${Y}-01-01`);
    await supervise(g1, gpa, `${Y}-03-10`);
    // At GPC: the previous one was at a prison outside the scope; two on one day both look back to it.
    const g2 = await buddy(gpc, 'G1002AA');
    await supervise(g2, gpb, `${Y}-03-05`);
    await supervise(g2, gpc, `${Y}-03-12`);
    await supervise(g2, gpc, `${Y}-03-12`);

    admin = await signedIn(t, 'admin');
  });

  afterAll(async () => {
    await t.close();
    jest.useRealTimers();
  });

  it('measures each gap to the previous supervision at any prison, on an earlier day, however far back', async () => {
    const { body: d } = (await admin.agent.get(`/api/monitoring?scope=cluster:gapshire&from=${FROM}&to=${TO}`).expect(200)) as { body: MonitoringDashboard };
    const byPrison = d.groups.flatMap((g) => g.tables).find((tb) => tb.key === 'supervision.byPrison');
    const longGap = daysBetween(`${Y}-01-01`, `${Y}-03-10`);
    expect(byPrison?.rows).toEqual([
      expect.objectContaining({ prison: 'HMP GPA', medianDays: longGap, held: 1 }),
      expect.objectContaining({ prison: 'HMP GPC', medianDays: 7, held: 2 }),
    ]);
    // The gaps in scope: the long one, 7 and 7.
    const between = d.groups.flatMap((g) => g.figures).find((f) => f.key === 'supervision.medianDaysBetween');
    expect(between).toMatchObject({ value: 7, previous: null });
  });
});

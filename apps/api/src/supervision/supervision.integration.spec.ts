import type { BuddyDetail } from '@peerpath/contracts';
import { approvedBuddy, fromToday, runningCohort } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('supervision and prison policy (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let buddy: BuddyDetail;

  const session = (extra = {}) => ({ heldOn: fromToday(-3), durationMinutes: 30, hoursWorkedSinceLast: 6.5, wellbeing: 4, boundariesDiscussed: true, concerns: '', agreedActions: 'Ask for a second wing', ...extra });
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    buddy = await approvedBuddy(coordinator);
  });
  afterAll(() => t.close());

  it('records a supervision, audits it, and works out the next due date from the prison policy', async () => {
    const res = await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, session()).expect(201);
    expect(res.body).toMatchObject({ heldOn: fromToday(-3), supervisorName: 'Chris Coordinator', hoursWorkedSinceLast: 6.5, wellbeing: 4, boundariesDiscussed: true });
    const { body } = await coordinator.agent.get(`/api/buddies/${buddy.id}/supervisions`).expect(200);
    expect(body.status).toEqual({ state: 'up_to_date', lastSupervisedOn: fromToday(-3), nextDueOn: fromToday(25), daysOverdue: 0 });
    expect(body.sessions).toHaveLength(1);
    expect(await count(`audit_events WHERE action = 'supervision.recorded' AND entity_id = $1`, [buddy.id])).toBe(1);
  });

  it('refuses bad values, a future date and an unapproved buddy, writing nothing', async () => {
    const before = await count('supervisions');
    const bad = await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, session({ wellbeing: 9, durationMinutes: 1, hoursWorkedSinceLast: -1, boundariesDiscussed: 'yes' })).expect(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['boundariesDiscussed', 'durationMinutes', 'hoursWorkedSinceLast', 'wellbeing']);
    await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, session({ heldOn: fromToday(2) })).expect(400);
    const applicant = await approvedBuddy(coordinator, 'EXI', false);
    expect((await coordinator.post(`/api/buddies/${applicant.id}/supervisions`, session()).expect(409)).body.code).toBe('NOT_APPROVED');
    const trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    await trainer.post(`/api/buddies/${buddy.id}/supervisions`, session()).expect(403);
    expect(await count('supervisions')).toBe(before);
  });

  it('lists who is overdue and who is due this week, following each prison’s interval', async () => {
    const cohort = await runningCohort(t, coordinator);
    const overdue = await approvedBuddy(coordinator);
    const dueSoon = await approvedBuddy(coordinator);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: overdue.id, enrolledOn: fromToday(-40) }).expect(201);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: dueSoon.id, enrolledOn: fromToday(-40) }).expect(201);
    await coordinator.post(`/api/buddies/${dueSoon.id}/supervisions`, session({ heldOn: fromToday(-25) })).expect(201);

    const { body: due } = await coordinator.agent.get('/api/supervision/due?prison=EXI&pageSize=100').expect(200);
    const find = (id: string) => due.items.find((d: { buddyId: string }) => d.buddyId === id);
    expect(find(overdue.id).status).toEqual({ state: 'overdue', lastSupervisedOn: null, nextDueOn: fromToday(-12), daysOverdue: 12 });
    expect(find(dueSoon.id).status).toMatchObject({ state: 'due_soon', nextDueOn: fromToday(3) });
    expect(find(buddy.id)).toBeUndefined();
    const { body: onlyOverdue } = await coordinator.agent.get('/api/supervision/due?prison=EXI&state=overdue&pageSize=100').expect(200);
    expect(onlyOverdue.total).toBe(onlyOverdue.items.length);
    expect(onlyOverdue.items.every((d: { status: { state: string } }) => d.status.state === 'overdue')).toBe(true);

    // Tightening the interval to 7 days makes the buddy supervised 3 days ago due this week.
    const { body: policy } = await coordinator.agent.get('/api/prisons/EXI/policy').expect(200);
    expect(policy).toMatchObject({ supervisionIntervalDays: 28, weeklyHoursCap: 10, certificateValidityMonths: 24, attendanceThresholdPercent: 80, version: 1 });
    const { weeklyHoursCap, certificateValidityMonths, attendanceThresholdPercent } = policy;
    await coordinator.put('/api/prisons/EXI/policy', { weeklyHoursCap, certificateValidityMonths, attendanceThresholdPercent, supervisionIntervalDays: 7, expectedVersion: 1 }).expect(200);
    const { body: after } = await coordinator.agent.get('/api/supervision/due?prison=EXI&pageSize=100').expect(200);
    expect(after.items.find((d: { buddyId: string }) => d.buddyId === buddy.id).status).toMatchObject({ state: 'due_soon', nextDueOn: fromToday(4) });
  });

  it('edits the policy with optimistic locking, audited, by an admin or that prison’s coordinator only', async () => {
    const body = { supervisionIntervalDays: 21, weeklyHoursCap: 12, certificateValidityMonths: 24, attendanceThresholdPercent: 80 };
    const { body: current } = await coordinator.agent.get('/api/prisons/DAI/policy').expect(200);
    await coordinator.put('/api/prisons/DAI/policy', { ...body, expectedVersion: current.version }).expect(200);
    const stale = await coordinator.put('/api/prisons/DAI/policy', { ...body, expectedVersion: current.version }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const invalid = await coordinator.put('/api/prisons/DAI/policy', { ...body, weeklyHoursCap: 0, attendanceThresholdPercent: 101, expectedVersion: current.version + 1 }).expect(400);
    expect(Object.keys(invalid.body.fieldErrors).sort()).toEqual(['attendanceThresholdPercent', 'weeklyHoursCap']);
    await coordinator.put('/api/prisons/HLI/policy', { ...body, expectedVersion: 1 }).expect(403);
    const auditor = await t.client();
    await auditor.signIn('auditor').expect(200);
    await auditor.put('/api/prisons/DAI/policy', { ...body, expectedVersion: 2 }).expect(403);
    const [audit] = await t.dataSource.query(`SELECT before, after FROM audit_events WHERE action = 'prison.policy_changed' AND after->>'prisonCode' = 'DAI'`);
    expect(audit.before).toMatchObject({ supervisionIntervalDays: 28, weeklyHoursCap: 10 });
    expect(audit.after).toMatchObject({ supervisionIntervalDays: 21, weeklyHoursCap: 12 });
  });

  it('sets, keeps and clears the staff cost per hour, in pence, audited', async () => {
    const put = async (extra: object, status = 200) => {
      const { body: current } = await coordinator.agent.get('/api/prisons/EXI/policy').expect(200);
      const { supervisionIntervalDays, weeklyHoursCap, certificateValidityMonths, attendanceThresholdPercent, version } = current;
      const policy = { supervisionIntervalDays, weeklyHoursCap, certificateValidityMonths, attendanceThresholdPercent };
      return (await coordinator.put('/api/prisons/EXI/policy', { ...policy, expectedVersion: version, ...extra }).expect(status)).body;
    };
    expect((await coordinator.agent.get('/api/prisons/EXI/policy').expect(200)).body.staffCostPerHourPence).toBeNull();
    expect((await put({ staffCostPerHourPence: 2850 })).staffCostPerHourPence).toBe(2850);
    // Omitted: left as it was.
    expect((await put({})).staffCostPerHourPence).toBe(2850);
    const bad = await put({ staffCostPerHourPence: 100001 }, 400);
    expect(Object.keys(bad.fieldErrors)).toEqual(['staffCostPerHourPence']);
    expect(Object.keys((await put({ staffCostPerHourPence: 28.5 }, 400)).fieldErrors)).toEqual(['staffCostPerHourPence']);
    expect(Object.keys((await put({ staffCostPerHourPence: -1 }, 400)).fieldErrors)).toEqual(['staffCostPerHourPence']);
    expect((await put({ staffCostPerHourPence: null })).staffCostPerHourPence).toBeNull();
    const changes = await t.dataSource.query(
      `SELECT before->'staffCostPerHourPence' AS before, after->'staffCostPerHourPence' AS after FROM audit_events
        WHERE action = 'prison.policy_changed' AND after->>'prisonCode' = 'EXI' ORDER BY occurred_at DESC LIMIT 3`,
    );
    expect(changes).toEqual([{ before: 2850, after: null }, { before: 2850, after: 2850 }, { before: null, after: 2850 }]);
  });
});

import { approvedBuddy, completedBuddy, fromToday, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('recipients and the allocation gate (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let certified: string;
  let uncertified: string;
  let certificateId: string;
  let garethName: string;
  let serial = 0;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const recipient = async (prisonCode = 'EXI') => {
    serial += 1;
    const res = await coordinator
      .post('/api/recipients', { prisonNumber: `R${String(1000 + serial)}AB`, firstName: 'Rita', lastName: `Recipient${serial}`, prisonCode, supportSummary: 'Uses a wheelchair', carePlanReference: `DCC-${serial}` })
      .expect(201);
    return res.body.id as string;
  };
  const allocation = (buddy: string, recipientId: string, extra = {}) => ({ buddyId: buddy, recipientId, tasks: ['collecting_meals', 'wheelchair_assistance'], plannedWeeklyHours: 6, startsOn: fromToday(0), ...extra });
  const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    const gareth = await completedBuddy(t, coordinator, await signedIn(t, 'trainer'));
    certified = gareth.id;
    garethName = `${gareth.firstName} ${gareth.lastName}`;
    await coordinator.post(`/api/buddies/${certified}/supervisions`, { heldOn: fromToday(-60), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true }).expect(201);
    await coordinator.post(`/api/buddies/${certified}/supervisions`, { heldOn: fromToday(-2), durationMinutes: 30, hoursWorkedSinceLast: 4, wellbeing: 5, boundariesDiscussed: true }).expect(201);
    certificateId = (await coordinator.post(`/api/buddies/${certified}/certificates`).expect(201)).body.id;
    // Forty days into training and never supervised.
    const cohort = await runningCohort(t, coordinator);
    uncertified = (await approvedBuddy(coordinator)).id;
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: uncertified, enrolledOn: fromToday(-40) }).expect(201);
  });
  afterAll(() => t.close());

  it('keeps a recipient register with the minimum about each person', async () => {
    const id = await recipient();
    const { body } = await coordinator.agent.get(`/api/recipients/${id}`).expect(200);
    expect(body).toMatchObject({ prisonCode: 'EXI', supportSummary: 'Uses a wheelchair', activeAllocations: 0 });
    expect(await count(`audit_events WHERE action = 'recipient.added' AND entity_id = $1`, [id])).toBe(1);
    const bad = await coordinator.post('/api/recipients', { prisonNumber: 'nope', firstName: '', lastName: 'X', prisonCode: 'EXI', supportSummary: '', carePlanReference: '' }).expect(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['carePlanReference', 'firstName', 'prisonNumber', 'supportSummary']);
    await coordinator.post('/api/recipients', { prisonNumber: 'R9999ZZ', firstName: 'A', lastName: 'B', prisonCode: 'HLI', supportSummary: 'x', carePlanReference: 'y' }).expect(403);
  });

  it('refuses an uncertified buddy, listing every reason, and writes nothing', async () => {
    const id = await recipient();
    const { body: check } = await coordinator.post('/api/allocations/check', allocation(uncertified, id)).expect(200);
    expect(check.allowed).toBe(false);
    expect(codes(check)).toEqual(['NO_CERTIFICATE', 'SUPERVISION_OVERDUE']);
    const before = await count('allocations');
    const res = await coordinator.post('/api/allocations', allocation(uncertified, id)).expect(409);
    expect(res.body).toMatchObject({ code: 'ALLOCATION_REFUSED', message: 'This allocation cannot go ahead' });
    expect(res.body.reasons).toEqual(check.reasons);
    expect(await count('allocations')).toBe(before);
    expect(await count(`audit_events WHERE action = 'allocation.made' AND entity_id = $1`, [uncertified])).toBe(0);
  });

  it('allocates a certified, supervised buddy within the cap, audited on both records', async () => {
    const id = await recipient();
    const { body: check } = await coordinator.post('/api/allocations/check', allocation(certified, id)).expect(200);
    expect(check).toEqual({ allowed: true, reasons: [] });
    const { body } = await coordinator.post('/api/allocations', allocation(certified, id)).expect(201);
    expect(body).toMatchObject({ buddyName: garethName, tasks: ['collecting_meals', 'wheelchair_assistance'], plannedWeeklyHours: 6, status: 'active', allocatedBy: 'Chris Coordinator' });
    expect(await count(`audit_events WHERE action = 'allocation.made' AND (entity_id = $1 OR entity_id = $2)`, [certified, id])).toBe(2);
    // The same pair again is refused.
    expect(codes((await coordinator.post('/api/allocations', allocation(certified, id, { plannedWeeklyHours: 1 })).expect(409)).body)).toEqual(['ALREADY_ALLOCATED_TO_RECIPIENT']);
  });

  it('never allocates intimate care, and refuses past start dates', async () => {
    const id = await recipient();
    const res = await coordinator.post('/api/allocations', allocation(certified, id, { tasks: ['collecting_meals', 'washing'] })).expect(400);
    expect(res.body.fieldErrors.tasks).toEqual(['Choose tasks from the permitted list: intimate care is never allocated']);
    await coordinator.post('/api/allocations', allocation(certified, id, { startsOn: fromToday(-1), plannedWeeklyHours: 1 })).expect(400);
  });

  it('holds the weekly cap even when two coordinators allocate at once', async () => {
    // 6 hours already allocated, cap 10: of two 4-hour allocations at once, only one fits.
    const [a, b] = [await recipient(), await recipient()];
    const second = await t.client();
    await second.signIn('coordinator').expect(200);
    const results = await Promise.all([coordinator.post('/api/allocations', allocation(certified, a, { plannedWeeklyHours: 4 })), second.post('/api/allocations', allocation(certified, b, { plannedWeeklyHours: 4 }))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409);
    expect(refused?.body.reasons[0].message).toBe('This would make 14 hours a week (10 hours already allocated); the cap is 10 hours');
    const [{ hours }] = await t.dataSource.query(`SELECT sum(planned_weekly_hours)::float AS hours FROM allocations WHERE buddy_id = $1 AND status = 'active'`, [certified]);
    expect(hours).toBe(10);
  });

  it('refuses a recipient at another of the coordinator’s prisons, and hides prisons out of scope', async () => {
    const dartmoor = await recipient('DAI');
    expect(codes((await coordinator.post('/api/allocations/check', allocation(certified, dartmoor, { plannedWeeklyHours: 0.5 })).expect(200)).body)).toEqual(['DIFFERENT_PRISONS', 'OVER_WEEKLY_HOURS_CAP']);
    const [{ id: hull }] = await t.dataSource.query(
      `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, version) SELECT 'H1111HH', 'Hal', 'Hull', id, 'x', 'y', 1 FROM prisons WHERE code = 'HLI' RETURNING id`,
    );
    await coordinator.post('/api/allocations/check', allocation(certified, hull)).expect(404);
    await coordinator.agent.get(`/api/recipients/${hull}`).expect(404);
  });

  it('flags allocations needing attention when the certificate is suspended, and ends them with a reason', async () => {
    const mine = async () => ((await coordinator.agent.get('/api/allocations/needing-attention?prison=EXI&pageSize=100').expect(200)).body.items as { id: string; buddyId: string }[]).filter((a) => a.buddyId === certified);
    expect(await mine()).toEqual([]);
    await coordinator.post(`/api/certificates/${certificateId}/suspension`, { reason: 'Boundary concern under review' }).expect(201);
    const attention = await mine();
    expect(attention.length).toBe(2);
    expect(attention[0]).toMatchObject({ buddyName: garethName, certificateStatus: 'suspended' });
    const id = await recipient();
    expect(codes((await coordinator.post('/api/allocations/check', allocation(certified, id, { plannedWeeklyHours: 0.5 })).expect(200)).body)).toEqual(['CERTIFICATE_SUSPENDED', 'OVER_WEEKLY_HOURS_CAP']);

    const ended = await coordinator.post(`/api/allocations/${attention[0].id}/end`, { reason: 'Certificate suspended' }).expect(201);
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: fromToday(0), endReason: 'Certificate suspended' });
    await coordinator.post(`/api/allocations/${attention[0].id}/end`, { reason: 'again' }).expect(400);
    expect(await mine()).toHaveLength(1);
    expect(await count(`audit_events WHERE action = 'allocation.ended' AND entity_id = $1`, [certified])).toBe(1);
  });
});

import type { BuddySummary, Page, RecipientSummary } from '@peerpath/contracts';
import { completedBuddy, fromToday, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/**
 * The pickers search on the server: at a prison with more buddies than one page of the register,
 * the certified buddy the coordinator types is still found, and only people the form can use are
 * offered. The crowd is 150 approved applicants at Exeter, written in one statement.
 */
describe('buddy pickers and the recipient flags (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let certified: { id: string; prisonNumber: string };

  const search = async (path: string, query: Record<string, string> = {}) =>
    (await coordinator.agent.get(`${path}?${new URLSearchParams(query)}`).expect(200)).body as Page<BuddySummary>;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
    trainer = await signedIn(t, 'trainer');
    await t.dataSource.query(
      `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version)
       SELECT 'K' || lpad(g::text, 4, '0') || 'PK', 'Crowd', 'Crowdson' || lpad(g::text, 3, '0'), p.id, $1, 'approved', 1
         FROM generate_series(1, 150) g CROSS JOIN prisons p WHERE p.code = 'EXI'`,
      [fromToday(-30)],
    );
    const buddy = await completedBuddy(t, coordinator, trainer);
    await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, { heldOn: fromToday(-1), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true }).expect(201);
    await coordinator.post(`/api/buddies/${buddy.id}/certificates`).expect(201);
    // Sorted after the crowd, so the register's first page of 100 would not hold them.
    await t.dataSource.query(`UPDATE buddies SET first_name = 'Zofia', last_name = 'Zyskowska' WHERE id = $1`, [buddy.id]);
    certified = { id: buddy.id, prisonNumber: buddy.prisonNumber };
  });
  afterAll(() => t.close());

  it('the register’s first page of 100 at Exeter does not reach the certified buddy', async () => {
    const page = await search('/api/buddies', { prison: 'EXI', pageSize: '100' });
    expect(page.total).toBeGreaterThan(150);
    expect(page.items.map((b) => b.id)).not.toContain(certified.id);
  });

  it('the allocation search finds the certified buddy among 150, by prison number or name, and offers only certified buddies', async () => {
    const all = await search('/api/allocations/buddies', { prison: 'EXI' });
    expect(all.items.map((b) => b.id)).toContain(certified.id);
    expect(all.items.every((b) => b.stage === 'certified' && b.prisonCode === 'EXI')).toBe(true);
    expect((await search('/api/allocations/buddies', { search: certified.prisonNumber.toLowerCase() })).items.map((b) => [b.id, b.prisonName])).toEqual([
      [certified.id, expect.any(String)],
    ]);
    expect((await search('/api/allocations/buddies', { search: 'zofia zysk' })).items.map((b) => b.id)).toEqual([certified.id]);
    expect(await search('/api/allocations/buddies', { search: 'Crowdson' })).toMatchObject({ items: [], total: 0 });
  });

  it('the enrol search counts every approved applicant not on the programme, lists 20, and leaves out those already on it', async () => {
    const cohort = await runningCohort(t, coordinator);
    const crowd = await search(`/api/cohorts/${cohort.id}/enrolable-buddies`, { search: 'crowdson' });
    expect([crowd.total, crowd.items.length]).toEqual([150, 20]);
    expect((await search(`/api/cohorts/${cohort.id}/enrolable-buddies`, { search: 'Crowdson150' })).items.map((b) => b.lastName)).toEqual(['Crowdson150']);
    // The certified buddy still holds a place on a cohort of this programme.
    expect((await search(`/api/cohorts/${cohort.id}/enrolable-buddies`, { search: certified.prisonNumber })).total).toBe(0);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = 'K0150PK'`);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: id }).expect(201);
    expect((await search(`/api/cohorts/${cohort.id}/enrolable-buddies`, { search: 'K0150PK' })).total).toBe(0);
    expect((await search(`/api/cohorts/${cohort.id}/enrolable-buddies`, { search: 'crowdson' })).total).toBe(149);
  });

  it('the enrol search pages through the whole crowd for a bulk page: every one once, in order, and the count past the end', async () => {
    const cohort = await runningCohort(t, coordinator);
    const path = `/api/cohorts/${cohort.id}/enrolable-buddies`;
    const pages = [1, 2, 3].map((page) => search(path, { search: 'crowdson', page: String(page), pageSize: '60' }));
    const [first, second, third] = await Promise.all(pages);
    expect([first, second, third].map((p) => [p.page, p.pageSize, p.items.length, p.total])).toEqual([
      [1, 60, 60, 149],
      [2, 60, 60, 149],
      [3, 60, 29, 149],
    ]);
    const names = [first, second, third].flatMap((p) => p.items.map((b) => b.lastName));
    // 149: the test before enrolled Crowdson150 on a cohort of this programme.
    expect(new Set(names).size).toBe(149);
    expect([names[0], names[148]]).toEqual(['Crowdson001', 'Crowdson149']);
    expect(await search(path, { search: 'crowdson', page: '4', pageSize: '60' })).toMatchObject({ items: [], total: 149, page: 4 });
    await coordinator.agent.get(`${path}?pageSize=101`).expect(400);
    await coordinator.agent.get(`${path}?page=0`).expect(400);
  });

  it('a recipient shows since when they have waited, and is flagged when their only buddy’s certificate is no longer valid', async () => {
    const { body: added } = await coordinator
      .post('/api/recipients', { prisonNumber: 'R1234PK', firstName: 'Rhys', lastName: 'Price', prisonCode: 'EXI', supportSummary: 'Needs meals collected', carePlanReference: 'REF-PK' })
      .expect(201);
    expect(added).toMatchObject({ activeAllocations: 0, allocationsNeedingAttention: 0, waitingSince: fromToday(0) });
    await coordinator.post('/api/allocations', { buddyId: certified.id, recipientId: added.id, tasks: ['collecting_meals'], plannedWeeklyHours: 2, startsOn: fromToday(0) }).expect(201);
    const recipient = async () => (await coordinator.agent.get(`/api/recipients/${added.id}`).expect(200)).body as RecipientSummary;
    expect(await recipient()).toMatchObject({ activeAllocations: 1, allocationsNeedingAttention: 0, waitingSince: null });
    const [{ id: certificateId }] = await t.dataSource.query(`SELECT id FROM certificates WHERE buddy_id = $1`, [certified.id]);
    await coordinator.post(`/api/certificates/${certificateId}/suspension`, { reason: 'Under review' }).expect(201);
    expect(await recipient()).toMatchObject({ activeAllocations: 1, allocationsNeedingAttention: 1, waitingSince: null });
    const listed = (await coordinator.agent.get('/api/recipients?prison=EXI').expect(200)).body.items as RecipientSummary[];
    expect(listed.find((r) => r.id === added.id)).toMatchObject({ allocationsNeedingAttention: 1 });
  });
});

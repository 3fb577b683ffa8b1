import { fromToday, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/** The demo's stories are what people open first: each must still say what the README promises. */
describe('the demo data tells its stories (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  const id = async (prisonNumber: string) => (await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = $1`, [prisonNumber]))[0].id as string;
  const recipient = async (prisonNumber: string) => (await t.dataSource.query(`SELECT id FROM recipients WHERE prison_number = $1`, [prisonNumber]))[0].id as string;
  const gate = async (buddy: string, hours = 2) =>
    (await coordinator.post('/api/allocations/check', { buddyId: await id(buddy), recipientId: await recipient('G7155DS'), tasks: ['escorting_mobility'], plannedWeeklyHours: hours, startsOn: fromToday(0) }).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
  });
  afterAll(() => t.close());

  it('has a cohort half-way through, a finished one and one about to start at Exeter', async () => {
    const trainer = await signedIn(t, 'trainer');
    const cohorts = (await trainer.agent.get('/api/cohorts').expect(200)).body.items as { id: string; name: string; status: string; activeEnrolments: number }[];
    expect(cohorts.map((c) => [c.status, c.activeEnrolments])).toEqual([
      ['planned', 0],
      ['running', 10],
      ['finished', 5],
      ['finished', 1],
    ]);
    expect(cohorts.every((c) => /^Exeter [A-Z][a-z]+ \d{4}$/.test(c.name))).toBe(true);

    // Someone from the finished cohort still holds that place: the refusal says how to move on.
    const planned = cohorts.find((c) => c.status === 'planned');
    const refused = await coordinator.post(`/api/cohorts/${planned?.id}/enrolments`, { buddyId: await id('B5419EF') }).expect(409);
    expect(refused.body.message).toMatch(/which ended on \d{1,2} [A-Z][a-z]+ \d{4}: withdraw them from it first \(their record stays\)$/);
    const stage = async (name: string) => ((await coordinator.agent.get(`/api/buddies?prison=EXI&stage=${name}&pageSize=50`).expect(200)).body.items as { prisonNumber: string }[]).map((b) => b.prisonNumber).sort();
    expect(await stage('applied')).toEqual(['C1001JK', 'C1002LM', 'C1003NP']);
    expect(await stage('declined')).toEqual(['C1006UV']);
    expect(await stage('certified')).toEqual(['B2182XY', 'B3291AB', 'B6528GH']);
    expect(await stage('in_training')).toHaveLength(10);
    expect(await stage('suspended')).toEqual(['B4300CD']);
    expect(await stage('approved')).toEqual(['B5419EF', 'C1005ST']);
  });

  it('tells each coordinator story', async () => {
    expect((await coordinator.agent.get(`/api/buddies/${await id('B5419EF')}/eligibility`).expect(200)).body).toMatchObject({ allowed: true });
    expect(await gate('B6528GH')).toEqual({ allowed: true, reasons: [] });
    expect((await gate('B3291AB')).reasons.map((r: { code: string }) => r.code)).toEqual(['SUPERVISION_OVERDUE']);
    expect((await gate('B4300CD')).reasons.map((r: { code: string }) => r.code)).toEqual(['CERTIFICATE_SUSPENDED']);
    expect((await gate('A1234BC')).reasons.map((r: { code: string }) => r.code)).toContain('NO_CERTIFICATE');
    expect((await gate('B2182XY', 3)).reasons.map((r: { code: string }) => r.code)).toEqual(['OVER_WEEKLY_HOURS_CAP']);
    const attention = (await coordinator.agent.get('/api/allocations/needing-attention?prison=EXI').expect(200)).body;
    expect(attention.map((a: { buddyPrisonNumber: string }) => a.buddyPrisonNumber)).toEqual(['B4300CD']);
    const waiting = ((await coordinator.agent.get('/api/recipients?prison=EXI').expect(200)).body.items as { activeAllocations: number }[]).filter((r) => r.activeAllocations === 0);
    expect(waiting).toHaveLength(2);
    const overdue = (await coordinator.agent.get('/api/supervision/due?prison=EXI&state=overdue').expect(200)).body.map((d: { prisonNumber: string }) => d.prisonNumber);
    expect(overdue).toEqual(expect.arrayContaining(['B3291AB', 'A9964TU']));
    expect((await coordinator.agent.get('/api/concerns?prison=EXI&status=open').expect(200)).body.items).toHaveLength(1);
  });

  it('lets Aaron sign in at the kiosk with his PIN', async () => {
    const aaron = await signedIn(t, 'A1234BC', '246810');
    const { body } = await aaron.agent.get('/api/me/summary').expect(200);
    expect(body).toMatchObject({ firstName: 'Aaron', modulesDone: 4, modulesTotal: 14, supervision: { state: 'up_to_date' }, certificate: null });
  });

  it("shows the trainer this week's sessions, today's register first", async () => {
    const trainer = await signedIn(t, 'trainer');
    const { body } = await trainer.agent.get('/api/cohorts/sessions/this-week').expect(200);
    expect(body[0]).toMatchObject({ heldOn: fromToday(0), startsAt: '09:30', marksRecorded: 0, activeBuddies: 10 });
    expect(body.every((s: { heldOn: string }) => s.heldOn >= fromToday(0) && s.heldOn <= fromToday(6))).toBe(true);
    // Only the sessions someone delivers: a coordinator who is not on the cohort has none; an auditor may not ask.
    expect((await coordinator.agent.get('/api/cohorts/sessions/this-week').expect(200)).body).toEqual([]);
    await (await signedIn(t, 'auditor')).agent.get('/api/cohorts/sessions/this-week').expect(403);
  });

  it("tells a certified buddy at the kiosk who they support", async () => {
    const [xavier] = await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = 'B2182XY'`);
    await coordinator.post(`/api/buddies/${xavier.id}/pin`, { pin: '583920' }).expect(201);
    const kiosk = await signedIn(t, 'B2182XY', '583920');
    const { body } = await kiosk.agent.get('/api/me/summary').expect(200);
    expect(body.certificate).toMatchObject({ status: 'valid' });
    expect(body.allocations).toEqual([
      { recipientName: 'Graham Rowe', tasks: ['collecting_meals', 'wheelchair_assistance'], plannedWeeklyHours: 5 },
      { recipientName: 'Leonard Kerr', tasks: ['company_activities', 'cleaning_living_space'], plannedWeeklyHours: 3 },
    ]);
  });
});

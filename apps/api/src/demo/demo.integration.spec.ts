import { seedDemo } from '@peerpath/api/demo/demo-seed';
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
    t = await createTestApp({}, { demoHistory: true });
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
    expect(attention.items.map((a: { buddyPrisonNumber: string }) => a.buddyPrisonNumber)).toEqual(['B4300CD']);
    expect(attention.total).toBe(1);
    const waiting = ((await coordinator.agent.get('/api/recipients?prison=EXI').expect(200)).body.items as { activeAllocations: number }[]).filter((r) => r.activeAllocations === 0);
    expect(waiting).toHaveLength(2);
    const overdue = (await coordinator.agent.get('/api/supervision/due?prison=EXI&state=overdue').expect(200)).body.items.map((d: { prisonNumber: string }) => d.prisonNumber);
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

  describe('a year of history at Dartmoor, Channings Wood, Hull, Humber and Leeds', () => {
    const HISTORY = ['DAI', 'CWI', 'HLI', 'HMI', 'LEI'];
    const perPrison = async (sql: string) =>
      Object.fromEntries(
        (await t.dataSource.query(`SELECT p.code, (${sql})::int AS n FROM prisons p WHERE p.code = ANY($1) ORDER BY p.code`, sql.includes('$2') ? [HISTORY, fromToday(0)] : [HISTORY])).map(
          (r: { code: string; n: number }) => [r.code, r.n],
        ),
      ) as Record<string, number>;

    it('gives each prison buddies at many stages of their journey, as the register shows them', async () => {
      const admin = await signedIn(t, 'admin');
      for (const prison of HISTORY) {
        const { body } = await admin.agent.get(`/api/buddies?prison=${prison}&pageSize=100`).expect(200);
        const stages = new Set((body.items as { stage: string }[]).map((b) => b.stage));
        expect(body.total).toBeGreaterThanOrEqual(15);
        expect(body.total).toBeLessThanOrEqual(31);
        for (const stage of ['applied', 'declined', 'certified', 'suspended', 'expired', 'released']) expect([prison, stages.has(stage)]).toEqual([prison, true]);
        expect([prison, stages.has('in_training') || stages.has('approved')]).toEqual([prison, true]);
      }
    });

    it('has supervision across the year, certificates due for renewal, ended support and outcome reviews', async () => {
      const months = await perPrison(`SELECT count(DISTINCT date_trunc('month', s.held_on)) FROM supervisions s WHERE s.prison_id = p.id AND s.held_on > $2::date - 366`);
      for (const prison of HISTORY) expect([prison, months[prison]]).toEqual([prison, expect.any(Number)]);
      expect(Math.min(...Object.values(months))).toBeGreaterThanOrEqual(10);
      const expiringSoon = await perPrison(`SELECT count(*) FROM certificates c WHERE c.prison_id = p.id AND c.status = 'valid' AND c.expires_on BETWEEN $2::date AND $2::date + 90`);
      expect(Object.values(expiringSoon).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(1);
      const renewed = await perPrison(`SELECT count(*) FROM certificates c WHERE c.prison_id = p.id AND c.renews_certificate_id IS NOT NULL`);
      expect(Object.values(renewed).every((n) => n >= 1)).toBe(true);
      const ended = await perPrison(`SELECT count(*) FROM allocations a WHERE a.prison_id = p.id AND a.status = 'ended' AND a.end_reason <> ''`);
      expect(Object.values(ended).every((n) => n >= 1)).toBe(true);
      const reviews = await perPrison(`SELECT count(*) FROM outcome_reviews o WHERE o.prison_id = p.id`);
      expect(Object.values(reviews).every((n) => n >= 5)).toBe(true);
      const concerns = await perPrison(`SELECT count(DISTINCT (c.kind, c.status)) FROM concerns c WHERE c.prison_id = p.id`);
      expect(Object.values(concerns).every((n) => n >= 3)).toBe(true);
      expect(await perPrison(`SELECT count(*) FROM prisons q WHERE q.id = p.id AND q.staff_cost_per_hour_pence IS NOT NULL`)).toMatchObject({ DAI: 1, HLI: 1 });

      // A recipient's reviews read through the API, with the history's coordinator as the recorder.
      const [reviewed] = await t.dataSource.query(
        `SELECT o.recipient_id AS id FROM outcome_reviews o JOIN prisons p ON p.id = o.prison_id WHERE p.code = 'DAI' GROUP BY o.recipient_id ORDER BY count(*) DESC, o.recipient_id LIMIT 1`,
      );
      const { body } = await coordinator.agent.get(`/api/recipients/${reviewed.id}/outcome-reviews`).expect(200);
      expect(body.reviews.length).toBeGreaterThanOrEqual(2);
      expect(body.reviews[0].recordedByName).toBe('Dawn Pascoe');
      expect(body.reviews[0].reviewedOn > body.reviews[1].reviewedOn).toBe(true);
    });

    it('keeps Dartmoor up to date with supervision and lets the Devon auditor compare three prisons', async () => {
      const overdue = (await coordinator.agent.get('/api/supervision/due?prison=DAI&state=overdue').expect(200)).body;
      expect(overdue).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
      // Hull's buddies are outside the demo coordinator's scope, overdue or not.
      expect((await coordinator.agent.get('/api/supervision/due?prison=HLI').expect(200)).body.total).toBe(0);
      const hull = await signedIn(t, 'coordinator.hli');
      expect((await hull.agent.get('/api/supervision/due?prison=HLI&state=overdue').expect(200)).body.total).toBeGreaterThan(0);
      const auditor = await signedIn(t, 'auditor');
      const { body } = await auditor.agent.get('/api/buddies?pageSize=100').expect(200);
      expect([...new Set((body.items as { prisonCode: string }[]).map((b) => b.prisonCode))].sort()).toEqual(['CWI', 'DAI', 'EXI']);
    });

    it('is written once: seeding again changes nothing', async () => {
      const counts = `SELECT (SELECT count(*) FROM buddies) AS buddies, (SELECT count(*) FROM supervisions) AS supervisions, (SELECT count(*) FROM outcome_reviews) AS reviews, (SELECT count(*) FROM users) AS users`;
      const [before] = await t.dataSource.query(counts);
      expect(await seedDemo(t.dataSource)).toBe(false);
      expect((await t.dataSource.query(counts))[0]).toEqual(before);
    });
  });
});

import { JOURNEY_STAGES } from '@peerpath/domain';
import type { BuddyDetail } from '@peerpath/contracts';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('buddy applications, selection and the register (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
  });
  afterAll(() => t.close());

  const application = (prisonNumber: string, prisonCode = 'EXI', extra = {}) => ({
    prisonNumber,
    firstName: 'Sam',
    lastName: 'Jones',
    prisonCode,
    appliedOn: '2026-03-03',
    ...extra,
  });
  const audits = async (buddyId: string) =>
    (await t.dataSource.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [buddyId])) as { action: string; before: unknown; after: Record<string, unknown> }[];

  it('records an application with the prison number upper-cased, and audits it', async () => {
    const res = await coordinator.post('/api/buddies', application(' z1234bc ')).expect(201);
    const buddy: BuddyDetail = res.body;
    expect(buddy).toMatchObject({ prisonNumber: 'Z1234BC', prisonCode: 'EXI', selectionStatus: 'applied', selectionDecisions: [] });
    expect((await audits(buddy.id)).map((a) => a.action)).toEqual(['buddy.application_recorded']);
  });

  it('refuses a duplicate prison number with a clear 409 and writes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM buddies`))[0].n;
    const res = await coordinator.post('/api/buddies', application('Z1234BC', 'DAI')).expect(409);
    expect(res.body).toMatchObject({ code: 'PRISON_NUMBER_TAKEN', fieldErrors: { prisonNumber: [expect.stringContaining('Z1234BC already has a buddy record')] } });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM buddies`))[0].n).toBe(before);
  });

  it('refuses bad input field by field: format, missing name, impossible or future date', async () => {
    const res = await coordinator.post('/api/buddies', { prisonNumber: 'A123BC', firstName: '', lastName: 'X', prisonCode: 'EXI', appliedOn: '2026-02-30' }).expect(400);
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual(['appliedOn', 'firstName', 'prisonNumber']);
    expect(res.body.fieldErrors.prisonNumber).toEqual(['Enter a prison number in the format A1234BC']);
    const future = await coordinator.post('/api/buddies', application('B1234BC', 'EXI', { appliedOn: '2999-01-01' })).expect(400);
    expect(future.body.fieldErrors).toEqual({ appliedOn: ['The application date cannot be in the future'] });
  });

  it('refuses an application at a prison outside the coordinator’s scope, and to other roles', async () => {
    await coordinator.post('/api/buddies', application('C1234BC', 'HLI')).expect(403);
    // Spaces, lower case or look-alike letters normalise to HLI and are refused the same way.
    for (const code of [' HLI', 'hli ', 'hlı']) await coordinator.post('/api/buddies', application('C1234BC', code)).expect(403);
    await coordinator.post('/api/buddies', application('C1234BC', ' ZZZ')).expect(403);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM buddies WHERE prison_number = 'C1234BC'`))[0].n).toBe(0);
    // Characters PostgreSQL cannot store are a 400, not a 500.
    await coordinator.post('/api/buddies', { ...application('C1234BC'), firstName: 'Sa\u0000m' }).expect(400);
    await coordinator.agent.get('/api/buddies?search=%00').expect(400);
    const auditor = await t.client();
    await auditor.signIn('auditor').expect(200);
    await auditor.post('/api/buddies', application('C1234BC', 'EXI')).expect(403);
    const trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    await trainer.post('/api/buddies', application('C1234BC', 'EXI')).expect(403);
  });

  it('refuses approval without the checks, then approves with them, keeping every decision', async () => {
    const { body: buddy } = await coordinator.post('/api/buddies', application('D1234BC')).expect(201);
    const refused = await coordinator
      .post(`/api/buddies/${buddy.id}/selection`, { outcome: 'approved', securityCheckDone: false, riskAssessmentDone: false, decidedOn: '2026-03-10' })
      .expect(400);
    expect(Object.keys(refused.body.fieldErrors).sort()).toEqual(['riskAssessmentDone', 'securityCheckDone']);
    expect((await audits(buddy.id)).map((a) => a.action)).toEqual(['buddy.application_recorded']);

    await coordinator.post(`/api/buddies/${buddy.id}/selection`, { outcome: 'declined', securityCheckDone: true, riskAssessmentDone: false, decidedOn: '2026-03-10', notes: 'Needs more time on the wing' }).expect(201);
    const approved: BuddyDetail = (
      await coordinator.post(`/api/buddies/${buddy.id}/selection`, { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: '2026-04-01' }).expect(201)
    ).body;
    expect(approved.selectionStatus).toBe('approved');
    expect(approved.selectionDecisions.map((d) => d.outcome)).toEqual(['approved', 'declined']);
    expect(approved.selectionDecisions[0]).toMatchObject({ decidedBy: 'Chris Coordinator', decidedOn: '2026-04-01' });
    const trail = await audits(buddy.id);
    expect(trail.map((a) => a.action)).toEqual(['buddy.application_recorded', 'buddy.selection_decided', 'buddy.selection_decided']);
    expect(trail[2].before).toEqual({ selectionStatus: 'declined' });
  });

  it('keeps each prison’s buddies out of other prisons’ sight', async () => {
    // A Hull buddy, recorded directly: the demo coordinator works at Exeter and Dartmoor only.
    const [{ id: hullId }] = await t.dataSource.query(
      `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, version) SELECT 'H1234LL', 'Harry', 'Hull', id, '2026-01-01', 1 FROM prisons WHERE code = 'HLI' RETURNING id`,
    );
    await coordinator.agent.get(`/api/buddies/${hullId}`).expect(404);
    await coordinator.post(`/api/buddies/${hullId}/selection`, { outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false, decidedOn: '2026-03-10' }).expect(404);
    const register = (await coordinator.agent.get('/api/buddies').expect(200)).body;
    expect(register.items.map((b: { prisonNumber: string }) => b.prisonNumber)).not.toContain('H1234LL');

    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    expect((await admin.agent.get(`/api/buddies/${hullId}`).expect(200)).body.prisonNumber).toBe('H1234LL');
    // Admins read, but selection is the coordinator's decision: the role itself is refused.
    const refused = await admin.post(`/api/buddies/${hullId}/selection`, { outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false, decidedOn: '2026-03-10' }).expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_PERMITTED');
  });

  it('searches by prison number or name, filters by prison and stage, and pages', async () => {
    for (const [n, last, prison] of [['E1000AA', 'Adams', 'DAI'], ['E1001AA', 'Baker', 'EXI'], ['E1002AA', 'Clark', 'EXI']] as const) {
      await coordinator.post('/api/buddies', { ...application(n, prison), lastName: last }).expect(201);
    }
    const get = async (query: string) => (await coordinator.agent.get(`/api/buddies?${query}`).expect(200)).body;
    expect((await get('search=e1001')).items.map((b: { lastName: string }) => b.lastName)).toEqual(['Baker']);
    expect((await get('search=sam%20cl')).items.map((b: { lastName: string }) => b.lastName)).toEqual(['Clark']);
    // Every applicant recorded here is called Sam; the demo's buddies are not.
    expect((await get('search=sam&prison=dai')).items.map((b: { lastName: string }) => b.lastName)).toEqual(['Adams']);
    expect((await get('search=sam&stage=approved')).items.map((b: { prisonNumber: string }) => b.prisonNumber)).toEqual(['D1234BC']);
    const first = await get('search=sam&pageSize=2&page=1');
    const second = await get('search=sam&pageSize=2&page=2');
    expect(first.total).toBe(5);
    expect([...first.items, ...second.items].map((b: { prisonNumber: string }) => b.prisonNumber)).toHaveLength(4);
    expect((await get('page=99&pageSize=2')).items).toEqual([]);
    const bad = await coordinator.agent.get('/api/buddies?pageSize=1000&stage=graduated&prison=1').expect(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['pageSize', 'prison', 'stage']);
  });

  it('filters by each stage to exactly the buddies the register shows at it, in the same order', async () => {
    const get = async (query: string) => (await coordinator.agent.get(`/api/buddies?${query}`).expect(200)).body;
    const all = await get('pageSize=100');
    expect(all.total).toBeLessThanOrEqual(100);
    const stages = new Set<string>();
    for (const stage of JOURNEY_STAGES) {
      const only = await get(`stage=${stage}&pageSize=100`);
      const expected = (all.items as { id: string; stage: string }[]).filter((b) => b.stage === stage);
      expect([stage, only.items.map((b: { id: string }) => b.id)]).toEqual([stage, expected.map((b) => b.id)]);
      expect(only.total).toBe(expected.length);
      if (expected.length > 0) stages.add(stage);
    }
    // The demo has buddies at most stages, so this compares more than empty lists.
    expect(stages.size).toBeGreaterThanOrEqual(5);
  });
});

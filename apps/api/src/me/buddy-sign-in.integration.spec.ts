import { createTestApp, type TestApp, type TestClient } from '../testing/test-app';

describe("a buddy's own sign-in and view (real PostgreSQL)", () => {
  let t: TestApp;
  let coordinator: TestClient;
  let aaron: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    [{ id: aaron }] = await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = 'A1234BC'`);
  });
  afterAll(() => t.close());

  it('lets a coordinator set a PIN, refusing weak ones, and never audits the PIN itself', async () => {
    const weak = await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '123456' }).expect(400);
    expect(weak.body.fieldErrors.pin).toEqual(['Choose a PIN that is not one digit repeated or a run like 123456']);
    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '12345' }).expect(400);
    const { body } = await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '246810' }).expect(201);
    expect(body).toEqual({ username: 'A1234BC', hasPin: true, locked: false, lastSignedInAt: null });
    const audits = await t.dataSource.query(`SELECT action, after::text AS after FROM audit_events WHERE entity_id = $1 AND action LIKE 'buddy.pin%'`, [aaron]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['buddy.pin_set']);
    expect(audits[0].after).not.toContain('246810');
  });

  it('signs the buddy in by prison number and PIN, showing only their own record', async () => {
    const buddy = await t.client();
    const { body: me } = await buddy.signIn('a1234bc', '246810').expect(200);
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['buddy']);
    const { body: summary } = await buddy.agent.get('/api/me/summary').expect(200);
    expect(summary).toMatchObject({ firstName: 'Aaron', lastName: 'Blake', prisonNumber: 'A1234BC', prisonName: 'HMP Exeter', programmeTitle: 'Buddy Support Worker', modulesDone: 4, modulesTotal: 14, certificate: null });
    expect(summary.supervision.state).toBe('overdue');
    expect(summary.nextSession).toMatchObject({ location: expect.any(String), moduleTitles: expect.any(Array) });
    expect(summary.modules[4]).toMatchObject({ number: 5, state: 'in_progress', met: 2 });

    const pdf = await buddy.agent.get('/api/me/summary.pdf').expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // Nothing else answers to a buddy.
    for (const url of ['/api/buddies', `/api/buddies/${aaron}`, `/api/buddies/${aaron}/progress`, '/api/cohorts', '/api/prisons', '/api/programmes', '/api/staff', '/api/recipients', '/api/concerns', '/api/supervision/due']) {
      expect([url, (await buddy.agent.get(url)).status]).toEqual([url, 403]);
    }
    await buddy.post(`/api/buddies/${aaron}/supervisions`, { heldOn: '2026-01-01', durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 5, boundariesDiscussed: true }).expect(403);
    await coordinator.agent.get('/api/me/summary').expect(403);
  });

  it('locks the PIN after 5 wrong tries until the coordinator resets it', async () => {
    const buddy = await t.client();
    for (let i = 0; i < 4; i++) await buddy.signIn('A1234BC', '000001').expect(401);
    const locked = await buddy.signIn('A1234BC', '000001').expect(429);
    expect(locked.body.message).toBe('Your PIN is locked after 5 wrong tries. Ask your buddy coordinator to reset it');
    await buddy.signIn('A1234BC', '246810').expect(429);
    const { body: account } = await coordinator.agent.get(`/api/buddies/${aaron}/account`).expect(200);
    expect(account.locked).toBe(true);

    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '864200' }).expect(201);
    await buddy.signIn('A1234BC', '864200').expect(200);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'buddy.pin_reset'`, [aaron]))[0].n).toBe(1);
  });
});

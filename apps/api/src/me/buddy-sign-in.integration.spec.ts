import { approvedBuddy, fromToday, referenceProgramme, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe("a buddy's own sign-in and view (real PostgreSQL)", () => {
  let t: TestApp;
  let coordinator: TestClient;
  let aaron: string;
  let prisonNumber: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    // Enrolled 40 days ago, never supervised, module 1 done and two criteria of module 2 met.
    const cohort = await runningCohort(t, coordinator);
    const buddy = await approvedBuddy(coordinator);
    [aaron, prisonNumber] = [buddy.id, buddy.prisonNumber];
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: aaron, enrolledOn: fromToday(-40) }).expect(201);
    const programme = await referenceProgramme(t);
    await coordinator.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(7), startsAt: '10:00', endsAt: '12:00', location: 'Library', moduleIds: programme.moduleIds.slice(2, 3) }).expect(201);
    const trainer = await signedIn(t, 'trainer');
    const decide = (method: string, criteria: { id: string }[]) =>
      trainer.post(`/api/cohorts/${cohort.id}/decisions`, { method, assessedOn: fromToday(-1), evidenceNote: 'Seen', decisions: criteria.map((c) => ({ buddyId: aaron, criterionId: c.id, outcome: 'met' })) }).expect(201);
    await decide('observation', programme.criteriaOfModule(1));
    await decide('observation', programme.criteriaOfModule(2).slice(0, 2));
  });
  afterAll(() => t.close());

  it('lets a coordinator set a PIN, refusing weak ones, and never audits the PIN itself', async () => {
    const weak = await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '123456' }).expect(400);
    expect(weak.body.fieldErrors.pin).toEqual(['Choose a PIN that is not one digit repeated or a run like 123456']);
    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '12345' }).expect(400);
    const { body } = await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '246810' }).expect(201);
    expect(body).toEqual({ username: prisonNumber, hasPin: true, locked: false, lastSignedInAt: null });
    const audits = await t.dataSource.query(`SELECT action, after::text AS after FROM audit_events WHERE entity_id = $1 AND action LIKE 'buddy.pin%'`, [aaron]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['buddy.pin_set']);
    expect(audits[0].after).not.toContain('246810');
  });

  it('signs the buddy in by prison number and PIN, showing only their own record', async () => {
    const buddy = await t.client();
    const signedInAt = Date.now();
    const res = await buddy.signIn(prisonNumber.toLowerCase(), '246810').expect(200);
    const me = res.body;
    // A kiosk session ends after 10 idle minutes, not the staff hour.
    const cookie = ([res.headers['set-cookie'] ?? []].flat() as string[]).find((c) => /expires=/i.test(c) && !c.startsWith('XSRF'));
    const expires = Date.parse(/expires=([^;]+)/i.exec(cookie ?? '')?.[1] ?? '');
    expect(expires - signedInAt).toBeGreaterThan(9 * 60_000);
    expect(expires - signedInAt).toBeLessThan(11 * 60_000);
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['buddy']);
    const { body: summary } = await buddy.agent.get('/api/me/summary').expect(200);
    expect(summary).toMatchObject({ prisonNumber, prisonName: 'HMP Exeter', programmeTitle: 'Buddy Support Worker', modulesDone: 1, modulesTotal: 14, certificate: null });
    expect(summary.supervision).toEqual({ state: 'overdue', nextDueOn: fromToday(-12) });
    expect(summary.nextSession).toMatchObject({ heldOn: fromToday(7), startsAt: '10:00', location: 'Library', moduleTitles: [expect.any(String)] });
    expect(summary.modules[1]).toMatchObject({ number: 2, state: 'in_progress', met: 2 });

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
    for (let i = 0; i < 4; i++) await buddy.signIn(prisonNumber, '000001').expect(401);
    const locked = await buddy.signIn(prisonNumber, '000001').expect(429);
    expect(locked.body.message).toBe('Your PIN is locked after 5 wrong tries. Ask your buddy coordinator to reset it');
    await buddy.signIn(prisonNumber, '246810').expect(429);
    const { body: account } = await coordinator.agent.get(`/api/buddies/${aaron}/account`).expect(200);
    expect(account.locked).toBe(true);

    const elsewhere = await t.client();
    await elsewhere.signIn(prisonNumber, '246810').expect(429);
    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '864200' }).expect(201);
    await buddy.signIn(prisonNumber, '864200').expect(200);
    await buddy.agent.get('/api/me/summary').expect(200);
    // Resetting the PIN again ends the session opened with the old one.
    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '531086' }).expect(201);
    await buddy.agent.get('/api/me/summary').expect(401);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'buddy.pin_reset'`, [aaron]))[0].n).toBe(2);
  });

  it('allows only 5 guesses even when they all arrive at once', async () => {
    await coordinator.post(`/api/buddies/${aaron}/pin`, { pin: '975310' }).expect(201);
    const [{ since }] = await t.dataSource.query(`SELECT now() AS since`);
    const guesses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const client = await t.client();
        return (await client.signIn(prisonNumber, String(100000 + i))).status;
      }),
    );
    expect(guesses.filter((s) => s === 401)).toHaveLength(4);
    expect(guesses.filter((s) => s === 429)).toHaveLength(16);
    const [{ failed }] = await t.dataSource.query(`SELECT failed_sign_ins AS failed FROM users WHERE buddy_id = $1`, [aaron]);
    expect(failed).toBe(5);
    const [{ wrong }] = await t.dataSource.query(`SELECT count(*)::int AS wrong FROM sign_in_attempts WHERE username = $1 AND outcome = 'wrong_password' AND attempted_at >= $2`, [prisonNumber.toLowerCase(), since]);
    expect(wrong).toBe(5);
  });
});

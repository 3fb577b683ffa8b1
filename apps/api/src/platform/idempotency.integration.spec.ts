import { approvedBuddy, completedBuddy, fromToday, newPrisonNumber, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * A create request whose answer was lost (a crash, a dropped connection) is sent again with the
 * same Idempotency-Key: it must get the first answer and record nothing twice.
 */
describe('Idempotency-Key on the create routes (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let colleague: TestClient;
  let buddyId: string;
  let keySerial = 0;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const newKey = () => `test-key_${++keySerial}-${Date.now()}`;
  const send = (client: TestClient, url: string, body: object, key?: string) => (key === undefined ? client.post(url, body) : client.post(url, body).set('Idempotency-Key', key));
  const supervision = (extra = {}) => ({ heldOn: fromToday(-3), durationMinutes: 30, hoursWorkedSinceLast: 6.5, wellbeing: 4, boundariesDiscussed: true, ...extra });
  const supervisionsOf = (id: string) => count(`supervisions WHERE buddy_id = $1`, [id]);
  const auditsOf = (id: string) => count(`audit_events WHERE action = 'supervision.recorded' AND entity_id = $1`, [id]);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
    const admin = await signedIn(t, 'admin');
    await t.addStaff(admin, { username: 'exeter.colleague', displayName: 'Cal Colleague', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI' }] });
    colleague = await signedIn(t, 'exeter.colleague', 'correct-horse-battery-9');
    buddyId = (await approvedBuddy(coordinator)).id;
  });
  afterAll(() => t.close());

  it('answers a retry with the first answer, byte for byte, and writes nothing again', async () => {
    const key = newKey();
    const url = `/api/buddies/${buddyId}/supervisions`;
    const first = await send(coordinator, url, supervision(), key).expect(201);
    const [rows, audits] = [await supervisionsOf(buddyId), await auditsOf(buddyId)];

    const retry = await send(coordinator, url, supervision(), key).expect(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body with its fields in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(supervision()).reverse());
    expect((await send(coordinator, url, reordered, key).expect(201)).body).toEqual(first.body);
    expect([await supervisionsOf(buddyId), await auditsOf(buddyId)]).toEqual([rows, audits]);
  });

  it('gives concurrent requests with the same key one write and the same answer', async () => {
    const buddy = (await approvedBuddy(coordinator)).id;
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(coordinator, `/api/buddies/${buddy}/supervisions`, supervision(), key)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect([await supervisionsOf(buddy), await auditsOf(buddy)]).toEqual([1, 1]);
  });

  it('refuses the same key with another body or on another route, writing nothing', async () => {
    const key = newKey();
    await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), key).expect(201);
    const rows = await supervisionsOf(buddyId);
    const changed = await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision({ wellbeing: 2 }), key).expect(422);
    expect(changed.body).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    const other = (await approvedBuddy(coordinator)).id;
    expect((await send(coordinator, `/api/buddies/${other}/supervisions`, supervision(), key).expect(422)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect([await supervisionsOf(buddyId), await supervisionsOf(other)]).toEqual([rows, 0]);
  });

  it('keeps each person’s keys apart', async () => {
    const key = newKey();
    const before = await supervisionsOf(buddyId);
    const mine = await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), key).expect(201);
    const theirs = await send(colleague, `/api/buddies/${buddyId}/supervisions`, supervision(), key).expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.supervisorName).not.toBe(mine.body.supervisorName);
    expect(await supervisionsOf(buddyId)).toBe(before + 2);
  });

  it('writes every time when no key is sent, as before', async () => {
    const before = await supervisionsOf(buddyId);
    await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision()).expect(201);
    await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision()).expect(201);
    expect(await supervisionsOf(buddyId)).toBe(before + 2);
  });

  it('refuses a malformed key with 400 before writing', async () => {
    const before = await supervisionsOf(buddyId);
    for (const key of ['', 'has space', 'x'.repeat(101), 'semi;colon', 'ünïcode']) {
      const res = await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), key);
      expect([key, res.status, res.body.code]).toEqual([key, 400, 'IDEMPOTENCY_KEY_INVALID']);
    }
    await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), 'A'.repeat(100)).expect(201);
    expect(await supervisionsOf(buddyId)).toBe(before + 1);
  });

  it('forgets a key after 24 hours, and a failed attempt keeps none', async () => {
    const key = newKey();
    const first = await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), key).expect(201);
    await t.dataSource.query(`UPDATE idempotent_requests SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const later = await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision(), key).expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await count(`idempotent_requests WHERE key = $1 AND created_at > now() - interval '1 hour'`, [key])).toBe(1);

    // Refused (in the future): nothing is kept, so the corrected request may use a fresh attempt of the same key.
    const failing = newKey();
    await send(coordinator, `/api/buddies/${buddyId}/supervisions`, supervision({ heldOn: fromToday(2) }), failing).expect(400);
    expect(await count(`idempotent_requests WHERE key = $1`, [failing])).toBe(0);
  });

  it('replays each create route: application, selection, enrolment, allocation, concern, outcome review', async () => {
    const trainer = await signedIn(t, 'trainer');
    const certified = (await completedBuddy(t, coordinator, trainer)).id;
    await coordinator.post(`/api/buddies/${certified}/supervisions`, supervision({ heldOn: fromToday(-2) })).expect(201);
    await coordinator.post(`/api/buddies/${certified}/certificates`).expect(201);
    const recipientId = (
      await coordinator
        .post('/api/recipients', { prisonNumber: 'R7001ID', firstName: 'Ida', lastName: 'Empotent', prisonCode: 'EXI', supportSummary: 'Help with meals', carePlanReference: 'DCC-7001' })
        .expect(201)
    ).body.id as string;
    const applicant = (await approvedBuddy(coordinator, 'EXI', false)).id;
    const applicants = [(await approvedBuddy(coordinator, 'EXI', false)).id, (await approvedBuddy(coordinator, 'EXI', false)).id];
    const cohort = await runningCohort(t, coordinator);
    const decision = { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(-1) };

    const cases: [string, string, object, string][] = [
      ['application', '/api/buddies', { prisonNumber: newPrisonNumber(), firstName: 'Ann', lastName: 'Retry', prisonCode: 'EXI', appliedOn: fromToday(-5) }, 'buddies'],
      ['selection', `/api/buddies/${applicant}/selection`, decision, 'selection_decisions'],
      ['bulk selection', '/api/buddies/selections', { ...decision, buddyIds: applicants }, 'selection_decisions'],
      ['enrolment', `/api/cohorts/${cohort.id}/enrolments`, { buddyId: applicant }, 'enrolments'],
      ['bulk enrolment', `/api/cohorts/${cohort.id}/bulk-enrolments`, { buddyIds: applicants }, 'enrolments'],
      ['allocation', '/api/allocations', { buddyId: certified, recipientId, tasks: ['collecting_meals'], plannedWeeklyHours: 4, startsOn: fromToday(0) }, 'allocations'],
      ['concern', '/api/concerns', { buddyId: certified, kind: 'boundary', description: 'Asked to carry a parcel' }, 'concerns'],
      ['outcome review', `/api/recipients/${recipientId}/outcome-reviews`, { reviewedOn: fromToday(0), helpsScore: 4, independenceScore: 3 }, 'outcome_reviews'],
    ];
    for (const [what, url, body, table] of cases) {
      const key = newKey();
      const first = await send(coordinator, url, body, key);
      expect([what, first.status]).toEqual([what, 201]);
      const [rows, audits] = [await count(table), await count('audit_events')];
      const retry = await send(coordinator, url, body, key);
      expect([what, retry.status, retry.text]).toEqual([what, 201, first.text]);
      expect([what, await count(table), await count('audit_events')]).toEqual([what, rows, audits]);
    }
  });
});

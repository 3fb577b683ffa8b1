import { approvedBuddy, completedBuddy, fromToday, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('transfer, release and concerns (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let admin: TestClient;
  let hull: TestClient;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const supervise = (id: string, heldOn: string) => coordinator.post(`/api/buddies/${id}/supervisions`, { heldOn, durationMinutes: 30, hoursWorkedSinceLast: 2, wellbeing: 4, boundariesDiscussed: true }).expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    admin = await t.client();
    await admin.signIn('admin').expect(200);
    await t.addStaff(admin, { username: 'hull.coordinator', displayName: 'Harriet Hull', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'HLI' }] });
    hull = await t.client();
    await hull.signIn('hull.coordinator', 'correct-horse-battery-9').expect(200);
  });
  afterAll(() => t.close());

  it('transfers a certified buddy: allocations end, the running enrolment is withdrawn, the certificate travels, scope moves', async () => {
    // Finished training on a course still running; certify and allocate him.
    const elliot = (await completedBuddy(t, coordinator, await signedIn(t, 'trainer'))).id;
    await supervise(elliot, fromToday(-60));
    await supervise(elliot, fromToday(-1));
    const { body: certificate } = await coordinator.post(`/api/buddies/${elliot}/certificates`).expect(201);
    const { body: recipient } = await coordinator.post('/api/recipients', { prisonNumber: 'R5555TT', firstName: 'Terry', lastName: 'Turner', prisonCode: 'EXI', supportSummary: 'Needs meals collected', carePlanReference: 'DCC-1' }).expect(201);
    await coordinator.post('/api/allocations', { buddyId: elliot, recipientId: recipient.id, tasks: ['collecting_meals'], plannedWeeklyHours: 3, startsOn: fromToday(0) }).expect(201);

    const { body: concern } = await coordinator.post('/api/concerns', { buddyId: elliot, kind: 'boundary', description: 'Asked to help with washing' }).expect(201);
    await hull.agent.get(`/api/buddies/${elliot}`).expect(404);
    await coordinator.post(`/api/buddies/${elliot}/transfer`, { toPrisonCode: 'HLI', transferredOn: fromToday(-1) }).expect(400);
    const res = await coordinator.post(`/api/buddies/${elliot}/transfer`, { toPrisonCode: 'hli' }).expect(201);
    expect(res.body).toMatchObject({ allocationsEnded: 1, enrolmentsWithdrawn: 1, buddy: { prisonCode: 'HLI' } });

    // The receiving prison sees the whole record; the sending prison no longer does.
    const { body: seen } = await hull.agent.get(`/api/buddies/${elliot}`).expect(200);
    expect(seen.selectionDecisions.length).toBeGreaterThan(0);
    const { body: progress } = await hull.agent.get(`/api/buddies/${elliot}/progress`).expect(200);
    expect(progress.enrolments.map((e: { status: string; withdrawalReason: string | null; modulesComplete: number }) => [e.status, e.withdrawalReason, e.modulesComplete])).toEqual([
      ['withdrawn', 'Transferred to HMP Hull', 14],
    ]);
    const { body: certificates } = await hull.agent.get(`/api/buddies/${elliot}/certificates`).expect(200);
    expect(certificates.map((c: { number: string; status: string }) => [c.number, c.status])).toEqual([[certificate.number, 'valid']]);
    const { body: transfers } = await hull.agent.get(`/api/buddies/${elliot}/transfers`).expect(200);
    expect(transfers).toEqual([{ fromPrisonCode: 'EXI', fromPrisonName: 'HMP Exeter', toPrisonCode: 'HLI', toPrisonName: 'HMP Hull', transferredOn: fromToday(0), recordedBy: 'Chris Coordinator' }]);
    await coordinator.agent.get(`/api/buddies/${elliot}`).expect(404);
    // The whole record travels: past allocations and the open concern, which Hull now reviews.
    const { body: allocations } = await hull.agent.get(`/api/buddies/${elliot}/allocations`).expect(200);
    expect(allocations.map((a: { status: string; endReason: string }) => [a.status, a.endReason])).toEqual([['ended', 'Transferred to HMP Hull']]);
    expect((await hull.agent.get('/api/concerns?status=open').expect(200)).body.items.map((c: { id: string }) => c.id)).toContain(concern.id);
    await coordinator.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'x' }).expect(404);
    await hull.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'Reviewed at Hull on arrival' }).expect(201);
    await coordinator.post(`/api/buddies/${elliot}/supervisions`, { heldOn: fromToday(0), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 3, boundariesDiscussed: true }).expect(404);
    const { body: ended } = await coordinator.agent.get(`/api/recipients/${recipient.id}`).expect(200);
    expect(ended.activeAllocations).toBe(0);
    expect(await count(`audit_events WHERE action = 'buddy.transferred' AND entity_id = $1`, [elliot])).toBe(1);

    await hull.post(`/api/buddies/${elliot}/transfer`, { toPrisonCode: 'HLI' }).expect(400);
    await hull.post(`/api/buddies/${elliot}/transfer`, { toPrisonCode: 'XXX' }).expect(400);
  });

  it('releases a buddy: the record is closed, kept and read-only', async () => {
    const buddy = await approvedBuddy(coordinator);
    const res = await coordinator.post(`/api/buddies/${buddy.id}/release`, {}).expect(201);
    expect(res.body.buddy.releasedOn).toBe(fromToday(0));
    await coordinator.agent.get(`/api/buddies/${buddy.id}`).expect(200);
    const closed = await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, { heldOn: fromToday(0), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 3, boundariesDiscussed: true }).expect(409);
    expect(closed.body.code).toBe('RECORD_CLOSED');
    await coordinator.post(`/api/buddies/${buddy.id}/release`, {}).expect(409);
    await coordinator.post(`/api/buddies/${buddy.id}/selection`, { outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false, decidedOn: fromToday(0) }).expect(409);
    const { body: eligibility } = await coordinator.agent.get(`/api/buddies/${buddy.id}/eligibility`).expect(200);
    expect(eligibility.reasons.map((r: { code: string }) => r.code)).toContain('RECORD_CLOSED');
  });

  it('lets a released buddy’s closed record take only a revocation and concerns, as closedRecordAllows says', async () => {
    const ffion = (await completedBuddy(t, coordinator, await signedIn(t, 'trainer'))).id;
    await supervise(ffion, fromToday(-60));
    await supervise(ffion, fromToday(-1));
    const { body: certificate } = await coordinator.post(`/api/buddies/${ffion}/certificates`).expect(201);
    await coordinator.post(`/api/buddies/${ffion}/release`, {}).expect(201);
    const changes = () => count(`certificate_status_changes WHERE certificate_id = $1`, [certificate.id]);
    const refused = async (url: string, body: object) => {
      const res = await coordinator.post(url, body);
      expect([url, res.status, res.body.code]).toEqual([url, 409, 'RECORD_CLOSED']);
    };

    // A suspension pauses someone who works as a buddy; a released person does not work.
    await refused(`/api/certificates/${certificate.id}/suspension`, { reason: 'Concern under review' });
    await refused(`/api/certificates/${certificate.id}/reinstatement`, { reason: 'Cleared' });
    await refused(`/api/buddies/${ffion}/pin`, { pin: '482913' });
    await refused(`/api/buddies/${ffion}/transfer`, { toPrisonCode: 'HLI' });
    await refused(`/api/buddies/${ffion}/certificates`, {});
    expect(await changes()).toBe(0);

    // A concern that comes to light after release is kept against the person, and may lead to revocation.
    const { body: concern } = await coordinator.post('/api/concerns', { buddyId: ffion, kind: 'safeguarding', description: 'Reported after release by another resident' }).expect(201);
    await refused(`/api/concerns/${concern.id}/certificate-suspension`, {});
    const revoked = await coordinator.post(`/api/certificates/${certificate.id}/revocation`, { reason: 'Misconduct reported after release' }).expect(201);
    expect(revoked.body.status).toBe('revoked');
    await coordinator.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'Certificate revoked' }).expect(201);
    expect(await changes()).toBe(1);
    const code = String(certificate.verificationPath).split('/').pop();
    expect((await coordinator.agent.get(`/api/verify/${code}`).expect(200)).body).toMatchObject({ valid: false, status: 'revoked' });
  });

  it('raises a concern, suspends the certificate pending review, and resolves it with an outcome', async () => {
    const craigRecord = await completedBuddy(t, coordinator, await signedIn(t, 'trainer'));
    const craig = craigRecord.id;
    await supervise(craig, fromToday(-60));
    await supervise(craig, fromToday(-1));
    const { body: certificate } = await coordinator.post(`/api/buddies/${craig}/certificates`).expect(201);
    const trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    const { body: concern } = await trainer.post('/api/concerns', { buddyId: craig, kind: 'boundary', description: 'Seen helping a man wash in the shower block.' }).expect(201);
    expect(concern).toMatchObject({ status: 'open', subject: 'buddy', subjectName: `${craigRecord.firstName} ${craigRecord.lastName}`, raisedBy: 'Tess Trainer', prisonCode: 'EXI' });
    await trainer.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'x' }).expect(403);
    await hull.agent.get(`/api/concerns/${concern.id}`).expect(404);

    await coordinator.post(`/api/concerns/${concern.id}/certificate-suspension`, {}).expect(201);
    const { body: suspended } = await coordinator.agent.get(`/api/certificates/${certificate.id}`).expect(200);
    expect(suspended.status).toBe('suspended');
    expect(suspended.history[0].reason).toMatch(/^Pending review of a boundary concern raised on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect((await coordinator.post(`/api/concerns/${concern.id}/certificate-suspension`, {}).expect(409)).body.code).toBe('NO_VALID_CERTIFICATE');

    const { body: resolved } = await coordinator.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'Boundaries re-explained; certificate to be reinstated.' }).expect(201);
    expect(resolved).toMatchObject({ status: 'resolved', reviewedBy: 'Chris Coordinator', outcome: 'Boundaries re-explained; certificate to be reinstated.' });
    await coordinator.post(`/api/concerns/${concern.id}/resolution`, { outcome: 'again' }).expect(409);
    const { body: open } = await coordinator.agent.get('/api/concerns?prison=EXI&status=open').expect(200);
    expect(open.items.map((c: { id: string }) => c.id)).not.toContain(concern.id);
    expect((await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'concern.%' ORDER BY occurred_at`, [craig])).map((a: { action: string }) => a.action)).toEqual(['concern.raised', 'concern.resolved']);

    await coordinator.post('/api/concerns', { buddyId: craig, recipientId: craig, kind: 'boundary', description: 'x' }).expect(400);
    await coordinator.post('/api/concerns', { kind: 'boundary', description: 'x' }).expect(400);
    const auditor = await t.client();
    await auditor.signIn('auditor').expect(200);
    await auditor.post('/api/concerns', { buddyId: craig, kind: 'safeguarding', description: 'x' }).expect(403);
  });
});

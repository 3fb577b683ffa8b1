import type { AllocationGateCode } from '@peerpath/contracts';
import { completedBuddy, fromToday, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/**
 * Each refusal of the allocation gate, alone, on real data: a certified, supervised buddy is
 * allowed; then one thing at a time is made wrong and the 409 must name exactly that reason.
 */
describe('the allocation gate, reason by reason (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let serial = 0;

  const recipient = async (prisonCode = 'EXI') => {
    serial += 1;
    const { body } = await coordinator
      .post('/api/recipients', { prisonNumber: `P${String(1000 + serial)}GT`, firstName: 'Pat', lastName: `Gate${serial}`, prisonCode, supportSummary: 'Needs meals collected', carePlanReference: `REF-${serial}` })
      .expect(201);
    return body.id as string;
  };
  /** A certified buddy, supervised yesterday, with nothing allocated. */
  const readyBuddy = async () => {
    const buddy = await completedBuddy(t, coordinator, trainer);
    await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, { heldOn: fromToday(-1), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true }).expect(201);
    const { body: certificate } = await coordinator.post(`/api/buddies/${buddy.id}/certificates`).expect(201);
    return { buddyId: buddy.id, certificateId: certificate.id as string };
  };
  const allocate = (buddyId: string, recipientId: string, extra = {}) =>
    coordinator.post('/api/allocations', { buddyId, recipientId, tasks: ['collecting_meals'], plannedWeeklyHours: 2, startsOn: fromToday(0), ...extra });
  const refusedWith = async (res: { status: number; body: { code: string; reasons: { code: string }[] } }, codes: AllocationGateCode[]) => {
    expect([res.status, res.body.code]).toEqual([409, 'ALLOCATION_REFUSED']);
    expect(res.body.reasons.map((r) => r.code)).toEqual(codes);
  };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
    trainer = await signedIn(t, 'trainer');
  });
  afterAll(() => t.close());

  it('allows the ready buddy', async () => {
    const { buddyId } = await readyBuddy();
    await allocate(buddyId, await recipient()).expect(201);
  });

  it('NO_CERTIFICATE: finished training but not certified', async () => {
    const buddy = await completedBuddy(t, coordinator, trainer);
    await coordinator.post(`/api/buddies/${buddy.id}/supervisions`, { heldOn: fromToday(-1), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true }).expect(201);
    await refusedWith(await allocate(buddy.id, await recipient()), ['NO_CERTIFICATE']);
  });

  it('CERTIFICATE_EXPIRED: past its expiry date', async () => {
    const { buddyId, certificateId } = await readyBuddy();
    await t.dataSource.query(`UPDATE certificates SET expires_on = $2 WHERE id = $1`, [certificateId, fromToday(-1)]);
    await refusedWith(await allocate(buddyId, await recipient()), ['CERTIFICATE_EXPIRED']);
  });

  it('CERTIFICATE_SUSPENDED and CERTIFICATE_REVOKED', async () => {
    const suspended = await readyBuddy();
    await coordinator.post(`/api/certificates/${suspended.certificateId}/suspension`, { reason: 'Under review' }).expect(201);
    await refusedWith(await allocate(suspended.buddyId, await recipient()), ['CERTIFICATE_SUSPENDED']);
    const revoked = await readyBuddy();
    await coordinator.post(`/api/certificates/${revoked.certificateId}/revocation`, { reason: 'Issued in error' }).expect(201);
    await refusedWith(await allocate(revoked.buddyId, await recipient()), ['CERTIFICATE_REVOKED']);
  });

  it('BUDDY_RECORD_CLOSED: released', async () => {
    const { buddyId } = await readyBuddy();
    await coordinator.post(`/api/buddies/${buddyId}/release`, {}).expect(201);
    await refusedWith(await allocate(buddyId, await recipient()), ['BUDDY_RECORD_CLOSED']);
  });

  it('SELECTION_NOT_APPROVED: declined after approval, which also ends allocations and the kiosk sign-in', async () => {
    const { buddyId } = await readyBuddy();
    await allocate(buddyId, await recipient()).expect(201);
    await coordinator.post(`/api/buddies/${buddyId}/pin`, { pin: '468024' }).expect(201);
    await coordinator.post(`/api/buddies/${buddyId}/selection`, { outcome: 'declined', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(0), notes: 'Security information received' }).expect(201);
    await refusedWith(await allocate(buddyId, await recipient()), ['SELECTION_NOT_APPROVED']);
    const [{ active }] = await t.dataSource.query(`SELECT count(*)::int AS active FROM allocations WHERE buddy_id = $1 AND status = 'active'`, [buddyId]);
    expect(active).toBe(0);
    const [{ disabled }] = await t.dataSource.query(`SELECT disabled_at IS NOT NULL AS disabled FROM users WHERE buddy_id = $1`, [buddyId]);
    expect(disabled).toBe(true);
  });

  it('DIFFERENT_PRISONS: the recipient is at another of the coordinator’s prisons', async () => {
    const { buddyId } = await readyBuddy();
    await refusedWith(await allocate(buddyId, await recipient('DAI')), ['DIFFERENT_PRISONS']);
  });

  it('SUPERVISION_OVERDUE: last supervised more than the interval ago', async () => {
    const { buddyId } = await readyBuddy();
    // Only the owner may switch the history trigger off to age a record (the app's role may not).
    await t.owner.query(`ALTER TABLE supervisions DISABLE TRIGGER supervisions_append_only`);
    await t.owner.query(`UPDATE supervisions SET held_on = held_on - 40 WHERE buddy_id = $1`, [buddyId]);
    await t.owner.query(`ALTER TABLE supervisions ENABLE TRIGGER supervisions_append_only`);
    await refusedWith(await allocate(buddyId, await recipient()), ['SUPERVISION_OVERDUE']);
  });

  it('OVER_WEEKLY_HOURS_CAP, ALREADY_ALLOCATED_TO_RECIPIENT and NO_TASKS', async () => {
    const { buddyId } = await readyBuddy();
    const first = await recipient();
    await allocate(buddyId, first, { plannedWeeklyHours: 9 }).expect(201);
    await refusedWith(await allocate(buddyId, await recipient(), { plannedWeeklyHours: 1.5 }), ['OVER_WEEKLY_HOURS_CAP']);
    await refusedWith(await allocate(buddyId, first, { plannedWeeklyHours: 1 }), ['ALREADY_ALLOCATED_TO_RECIPIENT']);
    await refusedWith(await allocate(buddyId, await recipient(), { tasks: [], plannedWeeklyHours: 1 }), ['NO_TASKS']);
  });

  it('lists every reason together when several fail, and writes nothing', async () => {
    const buddy = await completedBuddy(t, coordinator, trainer, 60);
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM allocations`))[0].n;
    await refusedWith(await allocate(buddy.id, await recipient('DAI'), { tasks: [], plannedWeeklyHours: 12 }), [
      'NO_CERTIFICATE',
      'DIFFERENT_PRISONS',
      'SUPERVISION_OVERDUE',
      'OVER_WEEKLY_HOURS_CAP',
      'NO_TASKS',
    ]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM allocations`))[0].n).toBe(before);
  });
});

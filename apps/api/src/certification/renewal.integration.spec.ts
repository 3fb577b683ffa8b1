import type { CertificateView, RenewalView } from '@peerpath/contracts';
import { fromToday, referenceProgramme, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * Renewal by refresher, on the demo's Rhodri Price (B7637RP): trained two years ago, his
 * certificate expired last month; modules 8 to 10 of the refresher are met again, module 11
 * and a recent supervision are still to do.
 */
describe('certificate renewal (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let rhodriId: string;
  let cohortId: string;
  let expired: CertificateView;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);
  const stage = async () => (await coordinator.agent.get(`/api/buddies/${rhodriId}`).expect(200)).body.stage;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
    trainer = await signedIn(t, 'trainer');
    const [rhodri] = await t.dataSource.query(
      `SELECT b.id, e.cohort_id FROM buddies b JOIN enrolments e ON e.buddy_id = b.id WHERE b.prison_number = 'B7637RP'`,
    );
    rhodriId = rhodri.id;
    cohortId = rhodri.cohort_id;
    const { body } = await coordinator.agent.get(`/api/buddies/${rhodriId}/certificates`).expect(200);
    expired = body[0];
  });
  afterAll(() => t.close());

  it('shows an expired certificate as expired everywhere, and offers renewal rather than a new issue', async () => {
    expect(expired.status).toBe('expired');
    expect(await stage()).toBe('expired');
    const { body: eligibility } = await coordinator.agent.get(`/api/buddies/${rhodriId}/eligibility`).expect(200);
    expect(codes(eligibility)).toEqual(['RENEW_INSTEAD']);
    await coordinator.post(`/api/buddies/${rhodriId}/certificates`).expect(409);
    const code = expired.verificationPath.split('/').pop();
    const { body: verified } = await coordinator.agent.get(`/api/verify/${code}`).expect(200);
    expect(verified).toMatchObject({ valid: false, status: 'expired' });
  });

  it('lists what renewal still needs, and refuses until then, writing nothing', async () => {
    const { body } = await coordinator.agent.get(`/api/certificates/${expired.id}/renewal`).expect(200);
    const view = body as RenewalView;
    expect(view).toMatchObject({ allowed: false, certificateNumber: expired.number, certificateStatus: 'expired', supervisionIntervalDays: 28 });
    expect(codes(view)).toEqual(['REFRESHER_NOT_MET', 'NOT_SUPERVISED_RECENTLY']);
    expect(new Set(view.refresherCriteria.map((c) => c.moduleNumber))).toEqual(new Set([8, 9, 10, 11]));
    expect(view.refresherCriteria.filter((c) => !c.remet).every((c) => c.moduleNumber === 11)).toBe(true);

    const certificates = await count('certificates');
    const res = await coordinator.post(`/api/certificates/${expired.id}/renewal`).expect(409);
    expect(res.body.code).toBe('NOT_RENEWABLE');
    expect(codes(res.body)).toEqual(['REFRESHER_NOT_MET', 'NOT_SUPERVISED_RECENTLY']);
    expect(await count('certificates')).toBe(certificates);
  });

  it('renews once the refresher criteria are met again and a supervision is recorded, however many requests arrive together', async () => {
    const { criteriaOfModule } = await referenceProgramme(t);
    await trainer
      .post(`/api/cohorts/${cohortId}/decisions`, {
        method: 'observation',
        assessedOn: fromToday(0),
        evidenceNote: 'Refresher: module 11 talked through',
        decisions: criteriaOfModule(11).map((c) => ({ buddyId: rhodriId, criterionId: c.id, outcome: 'met' })),
      })
      .expect(201);
    await coordinator
      .post(`/api/buddies/${rhodriId}/supervisions`, { heldOn: fromToday(0), durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true })
      .expect(201);
    const { body: ready } = await coordinator.agent.get(`/api/certificates/${expired.id}/renewal`).expect(200);
    expect(ready).toMatchObject({ allowed: true, reasons: [] });

    const second = await signedIn(t, 'coordinator');
    const results = await Promise.all([coordinator, second, coordinator, second].map((c) => c.post(`/api/certificates/${expired.id}/renewal`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const renewed = results[0].body as CertificateView;
    expect(new Set(results.map((r) => r.body.id))).toEqual(new Set([renewed.id]));
    expect(renewed).toMatchObject({ status: 'valid', issuedOn: fromToday(0), renewsNumber: expired.number, renewedByNumber: null });
    // A renewal is a new certificate, with its own short code to print under its QR code.
    expect(renewed.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(renewed.shortCode).not.toBe(expired.shortCode);
    expect(await count(`certificates WHERE buddy_id = $1`, [rhodriId])).toBe(2);
    expect(await count(`audit_events WHERE action = 'certificate.renewed' AND entity_id = $1`, [renewed.id])).toBe(1);
    expect(await count(`audit_events WHERE action = 'certificate.superseded' AND entity_id = $1`, [expired.id])).toBe(1);
  });

  it('keeps the old certificate as history: superseded, and verification says so', async () => {
    const { body: old } = await coordinator.agent.get(`/api/certificates/${expired.id}`).expect(200);
    expect(old).toMatchObject({ status: 'superseded', renewedByNumber: expect.stringMatching(/^PP-EXI-\d{4}-\d{5}$/) });
    expect(old.history[0]).toMatchObject({ fromStatus: 'valid', toStatus: 'superseded', reason: `Renewed by certificate ${old.renewedByNumber}` });
    const code = expired.verificationPath.split('/').pop();
    const { body: verified } = await coordinator.agent.get(`/api/verify/${code}`).expect(200);
    expect(verified).toMatchObject({ valid: false, status: 'superseded' });
    // Renewing it again answers with the renewal it already has.
    const again = await coordinator.post(`/api/certificates/${expired.id}/renewal`).expect(200);
    expect(again.body.number).toBe(old.renewedByNumber);
  });

  it('lets the gate through and calls the buddy certified again', async () => {
    expect(await stage()).toBe('certified');
    const [recipient] = await t.dataSource.query(`SELECT r.id FROM recipients r JOIN prisons p ON p.id = r.prison_id WHERE p.code = 'EXI' AND r.prison_number = 'G7155DS'`);
    const { body } = await coordinator.post('/api/allocations/check', { buddyId: rhodriId, recipientId: recipient.id, tasks: ['escorting_mobility'], plannedWeeklyHours: 2, startsOn: fromToday(0) }).expect(200);
    expect(body).toEqual({ allowed: true, reasons: [] });
    const { body: eligibility } = await coordinator.agent.get(`/api/buddies/${rhodriId}/eligibility`).expect(200);
    expect(codes(eligibility)).toEqual(['ALREADY_CERTIFIED']);
  });

  it('holds one live certificate per programme version in the database itself', async () => {
    const [live] = await t.dataSource.query(`SELECT * FROM certificates WHERE buddy_id = $1 AND status = 'valid'`, [rhodriId]);
    await expect(
      t.dataSource.query(
        `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, verification_code, issued_by_user_id, version)
         VALUES ('PP-EXI-2099-00001', $1, $2, $3, $4, $5, $6, 'duplicate-live-certificate', $7, 1)`,
        [rhodriId, live.programme_version_id, live.programme_id, live.prison_id, live.issued_on, live.expires_on, live.issued_by_user_id],
      ),
    ).rejects.toThrow(/uq_certificates_one_per_buddy_version/);
  });
});

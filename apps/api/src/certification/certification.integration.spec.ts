import type { CertificateView } from '@peerpath/contracts';
import { approvedBuddy, completedBuddy, fromToday, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';
import { pdfText } from '@peerpath/api/testing/pdf-reader';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('certification (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  /** Finished the programme with full attendance, but not yet supervised. */
  let xavierId: string;
  let xavierName: string;
  let certificateId: string;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const supervise = (buddyId: string, heldOn: string) =>
    coordinator.post(`/api/buddies/${buddyId}/supervisions`, { heldOn, durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true }).expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    const xavier = await completedBuddy(t, coordinator, await signedIn(t, 'trainer'));
    xavierId = xavier.id;
    xavierName = `${xavier.firstName} ${xavier.lastName}`;
  });
  afterAll(() => t.close());

  it('lists every unmet reason for a buddy part-way through', async () => {
    const cohort = await runningCohort(t, coordinator);
    const buddy = await approvedBuddy(coordinator);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
    const { body } = await coordinator.agent.get(`/api/buddies/${buddy.id}/eligibility`).expect(200);
    expect(body).toMatchObject({ allowed: false, modulesComplete: 0, modulesTotal: 14, attendanceRatePercent: null, attendanceThresholdPercent: 80, supervisionsDuringTraining: 0 });
    expect(body.reasons.map((r: { code: string }) => r.code)).toEqual(['MODULES_INCOMPLETE', 'ATTENDANCE_BELOW_THRESHOLD', 'NO_SUPERVISION_DURING_TRAINING']);

    const applicant = await approvedBuddy(coordinator, 'EXI', false);
    const { body: notYet } = await coordinator.agent.get(`/api/buddies/${applicant.id}/eligibility`).expect(200);
    expect(notYet.reasons.map((r: { code: string }) => r.code)).toEqual(['SELECTION_NOT_APPROVED', 'NOT_ENROLLED']);
  });

  it('refuses to issue with the reasons, writing nothing', async () => {
    const before = await count('certificates');
    const audits = await count(`audit_events WHERE action = 'certificate.issued'`);
    const res = await coordinator.post(`/api/buddies/${xavierId}/certificates`).expect(409);
    expect(res.body).toMatchObject({ code: 'NOT_ELIGIBLE', message: `${xavierName} cannot be certified yet` });
    expect(res.body.reasons).toEqual([{ code: 'NO_SUPERVISION_DURING_TRAINING', message: 'The buddy has had no supervision session during training' }]);
    expect(await count('certificates')).toBe(before);
    expect(await count(`audit_events WHERE action = 'certificate.issued'`)).toBe(audits);
  });

  it('issues once, however many requests arrive together', async () => {
    await supervise(xavierId, fromToday(-60));
    const audits = await count(`audit_events WHERE action = 'certificate.issued'`);
    const { body: eligibility } = await coordinator.agent.get(`/api/buddies/${xavierId}/eligibility`).expect(200);
    expect(eligibility).toMatchObject({ allowed: true, reasons: [], modulesComplete: 14, attendanceRatePercent: 100 });

    const second = await t.client();
    await second.signIn('coordinator').expect(200);
    const results = await Promise.all([coordinator, second, coordinator, second].map((c) => c.post(`/api/buddies/${xavierId}/certificates`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const numbers = new Set(results.map((r) => r.body.number));
    expect(numbers.size).toBe(1);
    const certificate: CertificateView = results[0].body;
    certificateId = certificate.id;
    const year = fromToday(0).slice(0, 4);
    expect(certificate.number).toMatch(new RegExp(`^PP-EXI-${year}-\\d{5}$`));
    expect(certificate).toMatchObject({
      holderName: xavierName,
      programmeTitle: 'Buddy Support Worker',
      issuingPrisonCode: 'EXI',
      issuedOn: fromToday(0),
      status: 'valid',
      issuedBy: 'Chris Coordinator',
    });
    expect(certificate.expiresOn.slice(0, 4)).toBe(String(Number(year) + 2));
    expect(certificate.verificationPath).toMatch(/^\/verify\/[A-Za-z0-9_-]{22}$/);
    // The short code printed under the QR code, for a verifier to type.
    expect(certificate.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(await count(`certificates WHERE buddy_id = $1`, [xavierId])).toBe(1);

    const pdf = await coordinator.agent.get(`/api/certificates/${certificate.id}/pdf`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${certificate.number}.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.body as Buffer).length).toBeGreaterThan(2000);
    const printed = pdfText(pdf.body as Buffer).split('\n');
    expect(printed).toContain(xavierName);
    expect(printed).toContain(certificate.shortCode);
    // The QR code's link is the public verification page for this certificate.
    const uri = /\/URI \(([^)]+)\)/.exec((pdf.body as Buffer).toString('latin1'))?.[1];
    expect(uri).toBe(`http://localhost:3000${certificate.verificationPath}`);
    expect(await count(`audit_events WHERE action = 'certificate.issued'`)).toBe(audits + 1);
    const { body: again } = await coordinator.agent.get(`/api/buddies/${xavierId}/eligibility`).expect(200);
    expect(again.reasons.map((r: { code: string }) => r.code)).toEqual(['ALREADY_CERTIFIED']);
  });

  it('suspends, reinstates and revokes with reasons, keeping the history', async () => {
    const id = certificateId;
    const [{ number: first }] = await t.dataSource.query(`SELECT number FROM certificates WHERE id = $1`, [id]);
    const suspended = await coordinator.post(`/api/certificates/${id}/suspension`, { reason: 'Concern under review' }).expect(201);
    expect(suspended.body.status).toBe('suspended');
    expect((await coordinator.post(`/api/certificates/${id}/suspension`, { reason: 'again' }).expect(409)).body.message).toBe('The certificate is already suspended');
    await coordinator.post(`/api/certificates/${id}/reinstatement`, { reason: '' }).expect(400);
    const reinstated = await coordinator.post(`/api/certificates/${id}/reinstatement`, { reason: 'Concern not upheld' }).expect(201);
    expect(reinstated.body.status).toBe('valid');
    const revoked = await coordinator.post(`/api/certificates/${id}/revocation`, { reason: 'Issued in error' }).expect(201);
    expect(revoked.body.status).toBe('revoked');
    expect(revoked.body.history.map((h: { toStatus: string; reason: string }) => [h.toStatus, h.reason])).toEqual([
      ['revoked', 'Issued in error'],
      ['valid', 'Concern not upheld'],
      ['suspended', 'Concern under review'],
    ]);
    expect((await coordinator.post(`/api/certificates/${id}/reinstatement`, { reason: 'x' }).expect(409)).body.code).toBe('STATUS_CHANGE_NOT_ALLOWED');
    const actions = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [id])).map((a: { action: string }) => a.action);
    expect(actions).toEqual(['certificate.issued', 'certificate.suspended', 'certificate.reinstated', 'certificate.revoked']);
    await expect(t.owner.query(`DELETE FROM certificate_status_changes`)).rejects.toThrow(/cannot be changed or deleted/);

    // Revocation is final for that programme version: issuing again is refused, not a quiet undo.
    const again = await coordinator.post(`/api/buddies/${xavierId}/certificates`).expect(409);
    expect(again.body.reasons.map((r: { code: string }) => r.code)).toEqual(['CERTIFICATE_REVOKED']);

    // Numbers run on per prison and year: the next buddy certified gets the next one.
    const next = await completedBuddy(t, coordinator, await signedIn(t, 'trainer'));
    await supervise(next.id, fromToday(-60));
    const { body: fresh } = await coordinator.post(`/api/buddies/${next.id}/certificates`).expect(201);
    expect(Number(fresh.number.slice(-5))).toBe(Number(first.slice(-5)) + 1);
    certificateId = fresh.id;
    xavierId = next.id;
  });

  it('keeps certificates in scope: other prisons cannot see them, other roles cannot issue', async () => {
    const id = certificateId;
    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    await t.addStaff(admin, { username: 'hull.coord', displayName: 'Hull', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'HLI' }] });
    const hull = await t.client();
    await hull.signIn('hull.coord', 'correct-horse-battery-9').expect(200);
    await hull.agent.get(`/api/certificates/${id}`).expect(404);
    await hull.post(`/api/certificates/${id}/suspension`, { reason: 'x' }).expect(404);
    await hull.post(`/api/buddies/${xavierId}/certificates`).expect(404);
    const trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    await trainer.post(`/api/buddies/${xavierId}/certificates`).expect(403);
    await admin.post(`/api/certificates/${id}/suspension`, { reason: 'x' }).expect(403);
  });

  it('verifies publicly, showing only what a verifier needs, and limits the rate', async () => {
    const [{ verification_code: code }] = await t.dataSource.query(`SELECT verification_code FROM certificates WHERE id = $1`, [certificateId]);
    const anyone = await t.client();
    const { body } = await anyone.agent.get(`/api/verify/${code}`).expect(200);
    expect(Object.keys(body).sort()).toEqual(['expiresOn', 'holderInitials', 'issuedOn', 'issuingPrison', 'programme', 'status', 'valid']);
    expect(body).toMatchObject({ valid: true, status: 'valid', programme: 'Buddy Support Worker (2024.1)', issuingPrison: 'HMP Exeter', holderInitials: 'T. B.' });
    const [holder] = await t.dataSource.query(`SELECT b.prison_number, b.last_name FROM buddies b JOIN certificates c ON c.buddy_id = b.id WHERE c.id = $1`, [certificateId]);
    expect(JSON.stringify(body)).not.toContain(holder.prison_number);
    expect(JSON.stringify(body)).not.toContain(holder.last_name);
    const missing = await anyone.agent.get('/api/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(404);
    expect(missing.body.message).toBe('Certificate not found');

    // The short code printed under the QR code gives the same answer, however it is typed.
    const { body: certificate } = await coordinator.agent.get(`/api/certificates/${certificateId}`).expect(200);
    const short: string = certificate.shortCode;
    for (const typed of [short, short.toLowerCase(), short.replace(/-/g, ' ').toLowerCase(), short.replace(/-/g, '')]) {
      expect((await anyone.agent.get(`/api/verify/${encodeURIComponent(typed)}`).expect(200)).body).toEqual(body);
    }
    // Look-alikes are forgiven: O for 0, I or L for 1.
    await t.dataSource.query(`UPDATE certificates SET short_code = 'K01X94MD2R' WHERE id = $1`, [certificateId]);
    expect((await anyone.agent.get(`/api/verify/${encodeURIComponent('kOlx 94md 2r')}`).expect(200)).body).toEqual(body);
    expect((await anyone.agent.get('/api/verify/KOIX-94MD-2R').expect(200)).body).toEqual(body);
    const wrongShort = [...short.replace(/-/g, '')].map((c) => (c === 'Z' ? 'Y' : 'Z')).join('');
    expect((await anyone.agent.get(`/api/verify/${wrongShort}`).expect(404)).body).toEqual(missing.body);
    // Every certificate has its own short code, existing ones included.
    expect(await count(`certificates WHERE short_code IS NULL`)).toBe(0);
    const [{ distinct, total }] = await t.dataSource.query(`SELECT count(DISTINCT short_code)::int AS distinct, count(*)::int AS total FROM certificates`);
    expect(distinct).toBe(total);
    await anyone.agent.get('/api/verify/bad code!').expect(400);

    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await anyone.agent.get('/api/verify/AAAAAAAAAAAAAAAAAAAAAA')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await anyone.agent.get(`/api/verify/${code}`).expect(429);
    expect(limited.headers['retry-after']).toBe('60');
  });
});

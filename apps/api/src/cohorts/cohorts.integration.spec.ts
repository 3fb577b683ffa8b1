import type { CohortDetail, RoleAssignmentRequest } from '@peerpath/contracts';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { approvedBuddy, fromToday, referenceProgramme, runningCohort, trainerId } from '@peerpath/api/testing/training-fixtures';

describe('cohorts, sessions, enrolment and the attendance register (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let admin: TestClient;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const signedIn = async (username: string, password?: string) => {
    const c = await t.client();
    await c.signIn(username, password).expect(200);
    return c;
  };
  /** Staff created through the admin API, as a real deployment would. */
  const staff = async (username: string, roles: RoleAssignmentRequest[]) => {
    await t.addStaff(admin, { username, displayName: username, password: 'correct-horse-battery-9', roles });
    return signedIn(username, 'correct-horse-battery-9');
  };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn('coordinator');
    trainer = await signedIn('trainer');
    admin = await signedIn('admin');
  });
  afterAll(() => t.close());

  describe('creating a cohort', () => {
    it('creates a cohort of a published version with its trainer, and audits it', async () => {
      const cohort = await runningCohort(t, coordinator, { name: 'Exeter autumn' });
      expect(cohort).toMatchObject({ name: 'Exeter autumn', prisonCode: 'EXI', programmeTitle: 'Buddy Support Worker', status: 'running', activeEnrolments: 0, capacity: 12 });
      expect(cohort.staff).toEqual([{ userId: await trainerId(t), displayName: 'Tess Trainer', role: 'trainer' }]);
      expect(cohort.permissions).toEqual({ enrol: true, schedule: true, registerAttendance: true, assess: false });
      expect(await count(`audit_events WHERE action = 'cohort.created' AND entity_id = $1`, [cohort.id])).toBe(1);
    });

    it('refuses an end before the start, a draft version, a trainer from elsewhere and a taken name, writing nothing', async () => {
      const { versionId } = await referenceProgramme(t);
      const before = await count('cohorts');
      const audits = await count(`audit_events WHERE action = 'cohort.created'`);
      const base = { prisonCode: 'EXI', programmeVersionId: versionId, name: 'Refused', startsOn: fromToday(0), endsOn: fromToday(10), capacity: 10, trainerIds: [await trainerId(t)] };

      const backwards = await coordinator.post('/api/cohorts', { ...base, endsOn: fromToday(-1) }).expect(400);
      expect(backwards.body.fieldErrors).toEqual({ endsOn: ['The end date must be on or after the start date'] });

      const { body: draft } = await admin.post(`/api/programmes/${(await t.dataSource.query(`SELECT programme_id FROM programme_versions WHERE id = $1`, [versionId]))[0].programme_id}/drafts`, { label: 'draft-for-test' }).expect(201);
      const unpublished = await coordinator.post('/api/cohorts', { ...base, programmeVersionId: draft.id }).expect(400);
      expect(unpublished.body.fieldErrors).toEqual({ programmeVersionId: ['Cohorts can only use a published programme version'] });

      const notATrainer = await coordinator.post('/api/cohorts', { ...base, trainerIds: [(await t.dataSource.query(`SELECT id FROM users WHERE username = 'auditor'`))[0].id] }).expect(400);
      expect(notATrainer.body.fieldErrors).toEqual({ trainerIds: ['Every trainer must hold the trainer role at EXI'] });

      const unknownVersion = await coordinator.post('/api/cohorts', { ...base, programmeVersionId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      expect(unknownVersion.body.fieldErrors).toEqual({ programmeVersionId: ['Choose a programme version that exists'] });

      await coordinator.post('/api/cohorts', { ...base, capacity: 0 }).expect(400);
      const taken = await coordinator.post('/api/cohorts', { ...base, name: 'Exeter autumn' }).expect(409);
      expect(taken.body.code).toBe('COHORT_NAME_TAKEN');

      expect(await count('cohorts')).toBe(before);
      expect(await count(`audit_events WHERE action = 'cohort.created'`)).toBe(audits);
    });

    it('lets only coordinators and admins create, and only within scope', async () => {
      const { versionId } = await referenceProgramme(t);
      const body = { prisonCode: 'HLI', programmeVersionId: versionId, name: 'Hull', startsOn: fromToday(0), endsOn: fromToday(10), capacity: 10, trainerIds: [await trainerId(t)] };
      expect((await coordinator.post('/api/cohorts', body).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await trainer.post('/api/cohorts', { ...body, prisonCode: 'EXI' }).expect(403)).body.code).toBe('ROLE_NOT_PERMITTED');
    });
  });

  describe('sessions', () => {
    let cohort: CohortDetail;
    beforeAll(async () => {
      cohort = await runningCohort(t, coordinator);
    });

    it('lets the cohort trainer schedule a session covering modules, and lists it', async () => {
      const { moduleIds } = await referenceProgramme(t);
      const res = await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-5), startsAt: '09:30', endsAt: '11:30', location: 'Education block', moduleIds: moduleIds.slice(0, 2) }).expect(201);
      expect(res.body).toMatchObject({ heldOn: fromToday(-5), startsAt: '09:30', endsAt: '11:30', location: 'Education block', marksRecorded: 0 });
      expect(res.body.modules.map((m: { number: number }) => m.number)).toEqual([1, 2]);
    });

    it('refuses a session outside the cohort dates, ending before it starts, or covering another programme’s module', async () => {
      const { moduleIds } = await referenceProgramme(t);
      const before = await count('training_sessions');
      const outside = await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(90), startsAt: '09:30', endsAt: '09:00', location: 'Room', moduleIds: [moduleIds[0]] }).expect(400);
      expect(Object.keys(outside.body.fieldErrors).sort()).toEqual(['endsAt', 'heldOn']);
      const [otherModule] = await t.dataSource.query(`SELECT m.id FROM programme_modules m JOIN programme_versions pv ON pv.id = m.programme_version_id JOIN programmes p ON p.id = pv.programme_id WHERE p.code <> 'buddy-support-worker' LIMIT 1`);
      const foreign = await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-1), startsAt: '09:30', endsAt: '10:00', location: 'Room', moduleIds: [otherModule.id] }).expect(400);
      expect(foreign.body.fieldErrors).toEqual({ moduleIds: ["Choose modules from this cohort's programme version"] });
      await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-1), startsAt: '9:30', endsAt: '10:00', location: 'Room', moduleIds: [] }).expect(400);
      expect(await count('training_sessions')).toBe(before);
    });
  });

  describe('enrolment', () => {
    it('enrols an approved buddy at the same prison and audits it on the buddy', async () => {
      const cohort = await runningCohort(t, coordinator);
      const buddy = await approvedBuddy(coordinator);
      const res = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
      expect(res.body).toMatchObject({ buddyId: buddy.id, status: 'active', enrolledOn: fromToday(0), withdrawnOn: null });
      expect(await count(`audit_events WHERE action = 'buddy.enrolled' AND entity_id = $1`, [buddy.id])).toBe(1);
      const { body: detail } = await coordinator.agent.get(`/api/cohorts/${cohort.id}`).expect(200);
      expect(detail.activeEnrolments).toBe(1);
    });

    it('refuses an unapproved buddy, a buddy from another prison and a buddy already active in the programme', async () => {
      const cohort = await runningCohort(t, coordinator);
      const other = await runningCohort(t, coordinator);
      const applicant = await approvedBuddy(coordinator, 'EXI', false);
      const atDartmoor = await approvedBuddy(coordinator, 'DAI');
      const busy = await approvedBuddy(coordinator);
      await coordinator.post(`/api/cohorts/${other.id}/enrolments`, { buddyId: busy.id }).expect(201);
      const before = await count('enrolments');

      expect((await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: applicant.id }).expect(409)).body.code).toBe('NOT_APPROVED');
      const wrong = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: atDartmoor.id }).expect(409);
      expect(wrong.body).toMatchObject({ code: 'WRONG_PRISON', message: expect.stringContaining('is at DAI') });
      const again = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: busy.id }).expect(409);
      expect(again.body).toMatchObject({ code: 'ALREADY_ENROLLED', message: expect.stringContaining(other.name) });
      await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: '00000000-0000-4000-8000-000000000000' }).expect(404);
      await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: 'not-a-uuid' }).expect(400);
      expect(await count('enrolments')).toBe(before);
    });

    it('keeps to capacity even when coordinators enrol at the same moment', async () => {
      const cohort = await runningCohort(t, coordinator, { capacity: 2 });
      const buddies = await Promise.all([1, 2, 3, 4].map(() => approvedBuddy(coordinator)));
      const second = await signedIn('coordinator');
      const results = await Promise.all(buddies.map((b, i) => (i % 2 ? second : coordinator).post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: b.id })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409]);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(['COHORT_FULL', 'COHORT_FULL']);
      expect(await count(`enrolments WHERE cohort_id = $1`, [cohort.id])).toBe(2);
    });

    it('withdraws with a reason, keeps the record, and frees the buddy to enrol again', async () => {
      const cohort = await runningCohort(t, coordinator);
      const next = await runningCohort(t, coordinator);
      const buddy = await approvedBuddy(coordinator);
      const { body: enrolment } = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
      const noReason = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.id}/withdrawal`, { reason: '  ' }).expect(400);
      expect(noReason.body.fieldErrors.reason).toEqual(['Give a reason for the withdrawal, up to 500 characters']);
      await trainer.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.id}/withdrawal`, { reason: 'Moved wing' }).expect(403);

      const res = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.id}/withdrawal`, { reason: 'Started full-time education' }).expect(201);
      expect(res.body).toMatchObject({ status: 'withdrawn', withdrawnOn: fromToday(0), withdrawalReason: 'Started full-time education' });
      expect((await coordinator.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.id}/withdrawal`, { reason: 'again' }).expect(409)).body.code).toBe('NOT_ACTIVE');
      await coordinator.post(`/api/cohorts/${next.id}/enrolments`, { buddyId: buddy.id }).expect(201);
      expect(await count(`enrolments WHERE buddy_id = $1`, [buddy.id])).toBe(2);
      expect(await count(`audit_events WHERE action = 'buddy.withdrawn' AND entity_id = $1`, [buddy.id])).toBe(1);
    });
  });

  it('takes back a buddy withdrawn from the same cohort, showing them once in the matrix', async () => {
    const cohort = await runningCohort(t, coordinator);
    const buddy = await approvedBuddy(coordinator);
    const { body: first } = await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments/${first.id}/withdrawal`, { reason: 'Hospital stay' }).expect(201);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
    const { body: matrix } = await trainer.agent.get(`/api/cohorts/${cohort.id}/progress`).expect(200);
    expect(matrix.rows.filter((r: { buddyId: string }) => r.buddyId === buddy.id).map((r: { enrolmentStatus: string }) => r.enrolmentStatus)).toEqual(['active']);
  });

  describe('the attendance register', () => {
    let cohort: CohortDetail;
    let sessionId: string;
    let ids: string[];
    beforeAll(async () => {
      cohort = await runningCohort(t, coordinator);
      const buddies = await Promise.all([1, 2, 3].map(() => approvedBuddy(coordinator)));
      for (const b of buddies) await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: b.id }).expect(201);
      ids = buddies.map((b) => b.id);
      const { moduleIds } = await referenceProgramme(t);
      sessionId = (await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-3), startsAt: '13:00', endsAt: '15:00', location: 'Chapel', moduleIds: [moduleIds[0]] }).expect(201)).body.id;
    });
    const url = () => `/api/cohorts/${cohort.id}/sessions/${sessionId}/register`;

    it('lists every active buddy, unmarked', async () => {
      const { body } = await trainer.agent.get(url()).expect(200);
      expect(body.entries.map((e: { buddyId: string }) => e.buddyId).sort()).toEqual([...ids].sort());
      expect(body.entries.every((e: { mark: unknown }) => e.mark === null)).toBe(true);
    });

    it('refuses a register that misses a buddy or names a stranger, and writes nothing', async () => {
      const missing = await trainer.put(url(), { marks: [{ buddyId: ids[0], mark: 'present' }, { buddyId: ids[1], mark: 'present' }] }).expect(400);
      expect(missing.body.fieldErrors.marks).toEqual([expect.stringMatching(/^Mark Test Buddy\d+ \(Q\d{4}[A-Z]{2}\)$/)]);
      const stranger = await trainer.put(url(), { marks: [...ids.map((buddyId) => ({ buddyId, mark: 'present' })), { buddyId: '00000000-0000-4000-8000-000000000000', mark: 'late' }] }).expect(400);
      expect(stranger.body.fieldErrors).toEqual({ 'marks.3.buddyId': ['This buddy is not actively enrolled in the cohort'] });
      await trainer.put(url(), { marks: ids.map((buddyId) => ({ buddyId, mark: 'asleep' })) }).expect(400);
      expect(await count(`attendance_marks WHERE session_id = $1`, [sessionId])).toBe(0);
    });

    it('saves the whole room in one request, audits each changed mark, and computes the rates', async () => {
      const saved = await trainer.put(url(), { marks: [{ buddyId: ids[0], mark: 'present' }, { buddyId: ids[1], mark: 'late' }, { buddyId: ids[2], mark: 'absent' }] }).expect(200);
      expect(saved.body.entries.map((e: { mark: string }) => e.mark).sort()).toEqual(['absent', 'late', 'present']);
      expect(await count(`audit_events WHERE action = 'attendance.marked' AND entity_id = ANY($1)`, [ids])).toBe(3);

      // Correcting one mark audits only that buddy.
      await coordinator.put(url(), { marks: [{ buddyId: ids[0], mark: 'present' }, { buddyId: ids[1], mark: 'late' }, { buddyId: ids[2], mark: 'excused' }] }).expect(200);
      expect(await count(`audit_events WHERE action = 'attendance.marked' AND entity_id = ANY($1)`, [ids])).toBe(4);

      const { body: matrix } = await trainer.agent.get(`/api/cohorts/${cohort.id}/progress`).expect(200);
      const rate = (id: string) => matrix.rows.find((r: { buddyId: string }) => r.buddyId === id).attendance;
      expect(rate(ids[0])).toEqual({ attended: 1, absent: 0, excused: 0, ratePercent: 100 });
      expect(rate(ids[2])).toEqual({ attended: 0, absent: 0, excused: 1, ratePercent: null });
    });

    it('refuses a register for a session still to come', async () => {
      const { moduleIds } = await referenceProgramme(t);
      const future = (await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(7), startsAt: '13:00', endsAt: '15:00', location: 'Chapel', moduleIds: [moduleIds[1]] }).expect(201)).body.id;
      const res = await trainer.put(`/api/cohorts/${cohort.id}/sessions/${future}/register`, { marks: ids.map((buddyId) => ({ buddyId, mark: 'present' })) }).expect(400);
      expect(res.body.fieldErrors.marks[0]).toContain('can be taken on the day or after');
    });

    it('lets auditors read but not write, and hides the cohort from a trainer who does not deliver it', async () => {
      const auditor = await signedIn('auditor');
      await auditor.agent.get(url()).expect(200);
      expect((await auditor.put(url(), { marks: ids.map((buddyId) => ({ buddyId, mark: 'present' })) }).expect(403)).body.code).toBe('ROLE_NOT_PERMITTED');
      const otherTrainer = await staff('other.trainer', [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }]);
      await otherTrainer.agent.get(url()).expect(404);
      await otherTrainer.put(url(), { marks: ids.map((buddyId) => ({ buddyId, mark: 'present' })) }).expect(404);
    });
  });

  describe('scope', () => {
    it('shows each person only the cohorts their role and prisons allow', async () => {
      const exeter = await runningCohort(t, coordinator, { name: 'Scope Exeter' });
      const hullCoordinator = await staff('hull.coordinator', [{ role: 'coordinator', scope: 'prison', prisonCode: 'HLI' }]);
      await staff('hull.trainer', [{ role: 'trainer', scope: 'prison', prisonCode: 'HLI' }]);
      const hull = await runningCohort(t, hullCoordinator, { name: 'Scope Hull', prisonCode: 'HLI', trainerIds: [await trainerId(t, 'hull.trainer')] });

      const names = async (c: TestClient) => ((await c.agent.get('/api/cohorts').expect(200)).body.items as { name: string }[]).map((x) => x.name);
      expect(await names(coordinator)).toContain('Scope Exeter');
      expect(await names(coordinator)).not.toContain('Scope Hull');
      expect(await names(hullCoordinator)).toEqual(['Scope Hull']);
      const auditor = await signedIn('auditor');
      expect(await names(auditor)).toContain('Scope Exeter');
      expect(await names(auditor)).not.toContain('Scope Hull');
      expect(await names(admin)).toEqual(expect.arrayContaining(['Scope Exeter', 'Scope Hull']));
      const otherTrainer = await signedIn('other.trainer', 'correct-horse-battery-9');
      expect(await names(otherTrainer)).toEqual([]);

      await coordinator.agent.get(`/api/cohorts/${hull.id}`).expect(404);
      await hullCoordinator.agent.get(`/api/cohorts/${exeter.id}`).expect(404);
      await hullCoordinator.agent.get(`/api/cohorts/${exeter.id}/progress`).expect(404);
      await coordinator.agent.get('/api/cohorts/eligible-trainers?prison=HLI').expect(403);
      const eligible = (await coordinator.agent.get('/api/cohorts/eligible-trainers?prison=EXI').expect(200)).body.map((e: { displayName: string }) => e.displayName);
      expect(eligible).toEqual(expect.arrayContaining(['Tess Trainer', 'other.trainer']));
    });
  });
});

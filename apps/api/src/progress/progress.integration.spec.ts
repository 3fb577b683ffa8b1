import type { BuddyDetail, CohortDetail, ProgressMatrix } from '@peerpath/contracts';
import { approvedBuddy, fromToday, referenceProgramme, runningCohort } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/**
 * A small cohort whose every number is worked out by hand below, so the matrix query is
 * checked against arithmetic, not against itself.
 *
 * Module 1 has six criteria: 1.1.1 K, 1.1.2 K, 1.2.1 C (observation only), 1.2.2 C (simulation allowed), 1.3.1 K, 1.3.2 C.
 * - Ava:  all six met                                   → module 1 complete (6 of 6); module 2 not started
 * - Ben:  1.1.1 met; 1.1.2 not yet met, then met; 1.2.2 met by simulation → 3 of 6, in progress;
 *         module 2: first criterion not yet met         → in progress, 0 met
 * - Cal:  nothing, then withdrawn                        → a withdrawn row, left out of the totals
 * Registers: s1 (module 1): Ava present, Ben present, Cal absent
 *            s2 (modules 1, 2): Ava late, Ben excused, Cal absent
 *            s3 (module 2, after Cal left): Ava absent, Ben present
 * Attendance: Ava 2 of 3 → 67%; Ben 2 of 2 counted (1 excused) → 100%; Cal 0 of 2 → 0%.
 */
describe('the progress matrix and buddy progress (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let cohort: CohortDetail;
  let ava: BuddyDetail, ben: BuddyDetail, cal: BuddyDetail;
  let programme: Awaited<ReturnType<typeof referenceProgramme>>;

  const decide = (method: string, decisions: { buddyId: string; criterionId: string; outcome: string }[]) =>
    trainer.post(`/api/cohorts/${cohort.id}/decisions`, { method, assessedOn: fromToday(-2), evidenceNote: 'Seen on B wing', decisions });
  const c = (code: string) => programme.criterion(code).id;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    programme = await referenceProgramme(t);
    cohort = await runningCohort(t, coordinator, { name: 'Fixture cohort' });
    [ava, ben, cal] = await Promise.all([approvedBuddy(coordinator), approvedBuddy(coordinator), approvedBuddy(coordinator)]);
    const enrolments: Record<string, string> = {};
    for (const b of [ava, ben, cal]) enrolments[b.id] = (await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: b.id }).expect(201)).body.id;

    const [m1, m2] = programme.moduleIds;
    const session = async (days: number, moduleIds: string[]) =>
      (await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(days), startsAt: '10:00', endsAt: '12:00', location: 'Library', moduleIds }).expect(201)).body.id as string;
    const s1 = await session(-20, [m1]);
    const s2 = await session(-10, [m1, m2]);
    const s3 = await session(-1, [m2]);
    const register = (s: string, marks: [BuddyDetail, string][]) =>
      trainer.put(`/api/cohorts/${cohort.id}/sessions/${s}/register`, { marks: marks.map(([b, mark]) => ({ buddyId: b.id, mark })) }).expect(200);
    await register(s1, [[ava, 'present'], [ben, 'present'], [cal, 'absent']]);
    await register(s2, [[ava, 'late'], [ben, 'excused'], [cal, 'absent']]);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments/${enrolments[cal.id]}/withdrawal`, { reason: 'Transferred to education' }).expect(201);
    await register(s3, [[ava, 'absent'], [ben, 'present']]);

    const knowledge = ['1.1.1', '1.1.2', '1.3.1'];
    const competence = ['1.2.1', '1.2.2', '1.3.2'];
    await decide('workbook', knowledge.map((code) => ({ buddyId: ava.id, criterionId: c(code), outcome: 'met' }))).expect(201);
    await decide('observation', competence.map((code) => ({ buddyId: ava.id, criterionId: c(code), outcome: 'met' }))).expect(201);
    await decide('questioning', [
      { buddyId: ben.id, criterionId: c('1.1.1'), outcome: 'met' },
      { buddyId: ben.id, criterionId: c('1.1.2'), outcome: 'not_yet_met' },
    ]).expect(201);
    await decide('discussion', [{ buddyId: ben.id, criterionId: c('1.1.2'), outcome: 'met' }]).expect(201);
    await decide('simulation', [{ buddyId: ben.id, criterionId: c('1.2.2'), outcome: 'met' }]).expect(201);
    await decide('workbook', [{ buddyId: ben.id, criterionId: programme.criteriaOfModule(2).find((x) => x.code.endsWith('.1.1'))?.id ?? '', outcome: 'not_yet_met' }]).expect(201);
  });
  afterAll(() => t.close());

  it('matches the hand-computed matrix', async () => {
    const { body }: { body: ProgressMatrix } = await trainer.agent.get(`/api/cohorts/${cohort.id}/progress`).expect(200);
    expect(body.modules).toHaveLength(14);
    expect(body.modules[0]).toMatchObject({ number: 1, criterionCount: 6 });
    const m2Total = programme.criteriaOfModule(2).length;
    const row = (b: BuddyDetail) => {
      const r = body.rows.find((x) => x.buddyId === b.id);
      if (!r) throw new Error('row missing');
      return r;
    };

    expect(row(ava).cells.slice(0, 3).map(({ met, total, state }) => ({ met, total, state }))).toEqual([
      { met: 6, total: 6, state: 'complete' },
      { met: 0, total: m2Total, state: 'not_started' },
      { met: 0, total: programme.criteriaOfModule(3).length, state: 'not_started' },
    ]);
    expect(row(ava)).toMatchObject({ enrolmentStatus: 'active', modulesComplete: 1, attendance: { attended: 2, absent: 1, excused: 0, ratePercent: 67 } });

    expect(row(ben).cells.slice(0, 2).map(({ met, state }) => ({ met, state }))).toEqual([
      { met: 3, state: 'in_progress' },
      { met: 0, state: 'in_progress' },
    ]);
    expect(row(ben)).toMatchObject({ modulesComplete: 0, attendance: { attended: 2, absent: 0, excused: 1, ratePercent: 100 } });

    expect(row(cal)).toMatchObject({ enrolmentStatus: 'withdrawn', modulesComplete: 0, attendance: { attended: 0, absent: 2, excused: 0, ratePercent: 0 } });
    expect(row(cal).cells.every((x) => x.state === 'not_started')).toBe(true);
    // Active rows first, withdrawn last.
    expect(body.rows[body.rows.length - 1].buddyId).toBe(cal.id);

    expect(body.moduleTotals.slice(0, 3).map(({ complete, inProgress, notStarted }) => ({ complete, inProgress, notStarted }))).toEqual([
      { complete: 1, inProgress: 1, notStarted: 0 },
      { complete: 0, inProgress: 1, notStarted: 1 },
      { complete: 0, inProgress: 0, notStarted: 2 },
    ]);
  });

  it("shows a buddy's progress per module, with attendance at that module's sessions", async () => {
    const { body } = await coordinator.agent.get(`/api/buddies/${ava.id}/progress`).expect(200);
    expect(body.enrolments).toHaveLength(1);
    const [enrolment] = body.enrolments;
    expect(enrolment).toMatchObject({ cohortName: 'Fixture cohort', programmeTitle: 'Buddy Support Worker', status: 'active', modulesComplete: 1, attendance: { ratePercent: 67 } });
    expect(enrolment.modules[0]).toMatchObject({ number: 1, met: 6, total: 6, state: 'complete', attendance: { attended: 2, absent: 0, ratePercent: 100 } });
    expect(enrolment.modules[1]).toMatchObject({ number: 2, state: 'not_started', attendance: { attended: 1, absent: 1, ratePercent: 50 } });

    const { body: withdrawn } = await coordinator.agent.get(`/api/buddies/${cal.id}/progress`).expect(200);
    expect(withdrawn.enrolments[0]).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Transferred to education' });
  });

  it('keeps progress scoped: a coordinator elsewhere cannot read it', async () => {
    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    await t.addStaff(admin, { username: 'leeds.coordinator', displayName: 'Leeds', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'LEI' }] });
    const leeds = await t.client();
    await leeds.signIn('leeds.coordinator', 'correct-horse-battery-9').expect(200);
    await leeds.agent.get(`/api/buddies/${ava.id}/progress`).expect(404);
    await leeds.agent.get(`/api/cohorts/${cohort.id}/progress`).expect(404);
  });

  it('gives a signed-in buddy their own progress and nothing else', async () => {
    const [{ password_hash: hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE username = 'trainer'`);
    const [{ id: userId }] = await t.dataSource.query(
      `INSERT INTO users (username, display_name, password_hash, buddy_id, version) VALUES ($1, 'Ben', $2, $3, 1) RETURNING id`,
      [ben.prisonNumber.toLowerCase(), hash, ben.id],
    );
    await t.dataSource.query(`INSERT INTO role_assignments (user_id, role, scope) VALUES ($1, 'buddy', 'self')`, [userId]);
    const buddy = await t.client();
    await buddy.signIn(ben.prisonNumber).expect(200);
    const { body } = await buddy.agent.get('/api/me/progress').expect(200);
    expect(body).toMatchObject({ buddyId: ben.id, prisonNumber: ben.prisonNumber });
    expect(body.enrolments[0].modules[0]).toMatchObject({ met: 3, total: 6, state: 'in_progress' });
    await buddy.agent.get(`/api/buddies/${ava.id}/progress`).expect(403);
    await buddy.agent.get(`/api/cohorts/${cohort.id}/progress`).expect(403);
    await buddy.agent.get('/api/cohorts').expect(403);
    await trainer.agent.get('/api/me/progress').expect(403);
  });
});

import type { BuddyDetail, CohortDetail, DecisionHistory, DecisionView } from '@peerpath/contracts';
import { approvedBuddy, fromToday, referenceProgramme, runningCohort, signedIn, trainerId } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('assessment decisions (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let cohort: CohortDetail;
  let first: BuddyDetail, second: BuddyDetail, outsider: BuddyDetail;
  let programme: Awaited<ReturnType<typeof referenceProgramme>>;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const occasion = (method: string, decisions: { buddyId: string; criterionId: string; outcome: string }[], extra = {}) => ({
    method,
    assessedOn: fromToday(-1),
    evidenceNote: 'Observed at lunch on C wing',
    decisions,
    ...extra,
  });
  const c = (code: string) => programme.criterion(code).id;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    programme = await referenceProgramme(t);
    cohort = await runningCohort(t, coordinator);
    [first, second, outsider] = await Promise.all([approvedBuddy(coordinator), approvedBuddy(coordinator), approvedBuddy(coordinator)]);
    for (const b of [first, second]) await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: b.id }).expect(201);
  });
  afterAll(() => t.close());

  it('records one observation for several criteria and buddies in one request, audited per buddy', async () => {
    const decisions = [first, second].flatMap((b) => ['1.2.1', '1.3.2'].map((code) => ({ buddyId: b.id, criterionId: c(code), outcome: 'met' })));
    const res = await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('observation', decisions)).expect(201);
    expect(res.body).toHaveLength(4);
    expect(res.body[0]).toMatchObject({ method: 'observation', outcome: 'met', assessorName: 'Tess Trainer', current: true, evidenceNote: 'Observed at lunch on C wing' });
    const audits = await t.dataSource.query(`SELECT entity_id, after FROM audit_events WHERE action = 'assessment.decisions_recorded' ORDER BY entity_id`);
    expect(audits).toHaveLength(2);
    expect(audits.find((a: { entity_id: string }) => a.entity_id === first.id).after.decisions).toEqual([
      { criterion: '1.2.1', outcome: 'met' },
      { criterion: '1.3.2', outcome: 'met' },
    ]);
  });

  it('refuses competence evidenced by workbook, and simulation where the criterion does not allow it', async () => {
    const workbook = await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [{ buddyId: first.id, criterionId: c('1.2.1'), outcome: 'met' }])).expect(400);
    expect(workbook.body.fieldErrors).toEqual({ 'decisions.0': ['1.2.1 is a competence: record it by observation in practice'] });
    const simulated = await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('simulation', [{ buddyId: first.id, criterionId: c('1.2.1'), outcome: 'met' }])).expect(400);
    expect(simulated.body.fieldErrors['decisions.0']).toEqual(['1.2.1 is a competence: record it by observation in practice']);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('simulation', [{ buddyId: first.id, criterionId: c('1.2.2'), outcome: 'met' }])).expect(201);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('discussion', [{ buddyId: first.id, criterionId: c('1.1.1'), outcome: 'met' }])).expect(201);
  });

  it('refuses a criterion of another programme, a buddy not enrolled, a repeated pair and a future date, writing nothing', async () => {
    const before = await count('assessment_decisions');
    const audits = await count(`audit_events WHERE action = 'assessment.decisions_recorded'`);
    const [foreign] = await t.dataSource.query(
      `SELECT ac.id FROM assessment_criteria ac JOIN programme_versions pv ON pv.id = ac.programme_version_id JOIN programmes p ON p.id = pv.programme_id WHERE p.code <> 'buddy-support-worker' AND ac.kind = 'knowledge' LIMIT 1`,
    );
    const res = await trainer
      .post(
        `/api/cohorts/${cohort.id}/decisions`,
        occasion('workbook', [
          { buddyId: first.id, criterionId: c('1.1.2'), outcome: 'met' },
          { buddyId: first.id, criterionId: foreign.id, outcome: 'met' },
          { buddyId: outsider.id, criterionId: c('1.1.2'), outcome: 'met' },
          { buddyId: first.id, criterionId: c('1.1.2'), outcome: 'not_yet_met' },
        ]),
      )
      .expect(400);
    expect(res.body.message).toBe('Some decisions cannot be recorded: nothing was saved');
    expect(res.body.fieldErrors).toEqual({
      'decisions.1': ["This criterion is not part of the cohort's programme version"],
      'decisions.2': ['This buddy is not actively enrolled in the cohort'],
      'decisions.3': ['Each buddy and criterion can be decided once per occasion'],
    });
    const future = await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [{ buddyId: first.id, criterionId: c('1.1.2'), outcome: 'met' }], { assessedOn: fromToday(3) })).expect(400);
    expect(future.body.fieldErrors).toEqual({ assessedOn: ['The assessment date cannot be in the future'] });
    const fail = await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [{ buddyId: first.id, criterionId: c('1.1.2'), outcome: 'failed' }])).expect(400);
    expect(fail.body.fieldErrors['decisions.0.outcome']).toEqual(['Choose met or not yet met']);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [], { evidenceNote: '' })).expect(400);
    expect(await count('assessment_decisions')).toBe(before);
    expect(await count(`audit_events WHERE action = 'assessment.decisions_recorded'`)).toBe(audits);
  });

  it('keeps every decision: a later one supersedes, history shows both, and the database refuses edits', async () => {
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('questioning', [{ buddyId: second.id, criterionId: c('1.1.2'), outcome: 'not_yet_met' }])).expect(201);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('questioning', [{ buddyId: second.id, criterionId: c('1.1.2'), outcome: 'met' }])).expect(201);
    const { body: history }: { body: DecisionView[] } = await coordinator.agent.get(`/api/buddies/${second.id}/decisions`).expect(200);
    const onCriterion = history.filter((d) => d.criterionCode === '1.1.2');
    expect(onCriterion.map((d) => [d.outcome, d.current])).toEqual([
      ['met', true],
      ['not_yet_met', false],
    ]);

    const { body: sheet } = await trainer.agent.get(`/api/cohorts/${cohort.id}/modules/${programme.moduleIds[0]}/assessment`).expect(200);
    expect(sheet.criteria.map((x: { code: string }) => x.code)).toEqual(['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.3.1', '1.3.2']);
    const current = sheet.current.filter((d: DecisionView) => d.buddyId === second.id && d.criterionCode === '1.1.2');
    expect(current).toHaveLength(1);
    expect(current[0].outcome).toBe('met');

    await expect(t.owner.query(`UPDATE assessment_decisions SET outcome = 'met'`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(t.owner.query(`DELETE FROM assessment_decisions`)).rejects.toThrow(/cannot be changed or deleted/);
  });

  it("lets only the cohort's trainers and assessors assess", async () => {
    const body = occasion('workbook', [{ buddyId: first.id, criterionId: c('1.3.1'), outcome: 'met' }]);
    expect((await coordinator.post(`/api/cohorts/${cohort.id}/decisions`, body).expect(403)).body.code).toBe('ROLE_NOT_PERMITTED');
    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    await admin.post(`/api/cohorts/${cohort.id}/decisions`, body).expect(403);

    await t.addStaff(admin, { username: 'assessor.one', displayName: 'Asha Assessor', password: 'correct-horse-battery-9', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] });
    const assessor = await t.client();
    await assessor.signIn('assessor.one', 'correct-horse-battery-9').expect(200);
    // Not yet on the cohort: it does not exist for them.
    await assessor.post(`/api/cohorts/${cohort.id}/decisions`, body).expect(404);

    const withAssessor = await runningCohort(t, coordinator, { trainerIds: [await trainerId(t)], assessorIds: [await trainerId(t, 'assessor.one')] });
    const buddy = await approvedBuddy(coordinator);
    await coordinator.post(`/api/cohorts/${withAssessor.id}/enrolments`, { buddyId: buddy.id }).expect(201);
    const { body: detail } = await assessor.agent.get(`/api/cohorts/${withAssessor.id}`).expect(200);
    expect(detail.permissions).toEqual({ enrol: false, schedule: false, registerAttendance: false, assess: true });
    await assessor.post(`/api/cohorts/${withAssessor.id}/decisions`, occasion('workbook', [{ buddyId: buddy.id, criterionId: c('1.3.1'), outcome: 'met' }])).expect(201);
    const { moduleIds } = programme;
    const schedule = await assessor.post(`/api/cohorts/${withAssessor.id}/sessions`, { heldOn: fromToday(0), startsAt: '10:00', endsAt: '11:00', location: 'Room', moduleIds: [moduleIds[0]] }).expect(403);
    expect(schedule.body.code).toBe('NOT_PERMITTED');
  });

  it("shows a trainer every decision on a criterion, newest first, in one module; another prison's trainer finds nothing", async () => {
    const buddy = await approvedBuddy(coordinator);
    await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id }).expect(201);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('questioning', [{ buddyId: buddy.id, criterionId: c('1.1.1'), outcome: 'not_yet_met' }], { evidenceNote: 'First try: unsure of the limits' })).expect(201);
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('discussion', [{ buddyId: buddy.id, criterionId: c('1.1.1'), outcome: 'not_yet_met' }], { evidenceNote: 'Second try: closer' })).expect(201);
    await trainer
      .post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [
        { buddyId: buddy.id, criterionId: c('1.1.1'), outcome: 'met' },
        { buddyId: buddy.id, criterionId: c('1.1.2'), outcome: 'met' },
      ], { evidenceNote: 'Third try: clear answers' }))
      .expect(201);
    // Another module's decision and another buddy's stay out of this history.
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, occasion('workbook', [{ buddyId: first.id, criterionId: c('1.1.1'), outcome: 'met' }])).expect(201);

    const url = `/api/cohorts/${cohort.id}/buddies/${buddy.id}/modules/${programme.moduleIds[0]}/decisions`;
    const { body: history }: { body: DecisionHistory } = await trainer.agent.get(url).expect(200);
    expect(history).toMatchObject({ cohortId: cohort.id, moduleNumber: 1, total: 4, buddy: { buddyId: buddy.id } });
    expect(history.criteria.map((x) => x.code)).toEqual(['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.3.1', '1.3.2']);
    expect(history.decisions.every((d) => d.buddyId === buddy.id)).toBe(true);
    const onCriterion = history.decisions.filter((d) => d.criterionCode === '1.1.1');
    expect(onCriterion.map((d) => [d.outcome, d.method, d.evidenceNote, d.assessorName, d.current])).toEqual([
      ['met', 'workbook', 'Third try: clear answers', 'Tess Trainer', true],
      ['not_yet_met', 'discussion', 'Second try: closer', 'Tess Trainer', false],
      ['not_yet_met', 'questioning', 'First try: unsure of the limits', 'Tess Trainer', false],
    ]);

    // Coordinators and auditors over the prison read it too.
    await coordinator.agent.get(url).expect(200);
    const auditor = await signedIn(t, 'auditor');
    await auditor.agent.get(url).expect(200);

    // A trainer at another prison: the cohort does not exist for them.
    const admin = await signedIn(t, 'admin');
    await t.addStaff(admin, { username: 'trainer.dai', displayName: 'Dara Trainer', password: 'correct-horse-battery-9', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'DAI' }] });
    const elsewhere = await signedIn(t, 'trainer.dai', 'correct-horse-battery-9');
    expect((await elsewhere.agent.get(url).expect(404)).body.code).toBe('NOT_FOUND');
    // A buddy not in the cohort, a module of another version, and a bad id.
    await trainer.agent.get(`/api/cohorts/${cohort.id}/buddies/${outsider.id}/modules/${programme.moduleIds[0]}/decisions`).expect(404);
    const [foreign] = await t.dataSource.query(`SELECT m.id FROM programme_modules m WHERE m.programme_version_id <> $1 LIMIT 1`, [cohort.programmeVersionId]);
    await trainer.agent.get(`/api/cohorts/${cohort.id}/buddies/${buddy.id}/modules/${foreign.id}/decisions`).expect(404);
    await trainer.agent.get(`/api/cohorts/${cohort.id}/buddies/not-an-id/modules/${programme.moduleIds[0]}/decisions`).expect(400);
  });
});

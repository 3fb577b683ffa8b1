import type { PersonRefusal } from '@peerpath/contracts';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { approvedBuddy, fromToday, referenceProgramme, runningCohort, signedIn } from '@peerpath/api/testing/training-fixtures';

/*
 * Bulk work is all or nothing: every person is checked with the single rule, each refusal is
 * reported against the person with every reason, and nothing is written unless all pass.
 */
describe('bulk decisions, enrolment and session series (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const decision = { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(0), notes: 'Checks clear for the round' };
  const codesByPerson = (people: PersonRefusal[]) => Object.fromEntries(people.map((p) => [p.prisonNumber, p.reasons.map((r) => r.code)]));

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
    trainer = await signedIn(t, 'trainer');
  });
  afterAll(() => t.close());

  describe('one selection decision for many applicants', () => {
    it('records the decision for everyone, each audited on their own record', async () => {
      const applicants = await Promise.all([1, 2, 3].map(() => approvedBuddy(coordinator, 'EXI', false)));
      const ids = applicants.map((a) => a.id);
      const res = await coordinator.post('/api/buddies/selections', { ...decision, buddyIds: ids }).expect(201);
      expect(res.body.map((p: { buddyId: string }) => p.buddyId)).toEqual(ids);
      expect(await count(`buddies WHERE id = ANY($1) AND selection_status = 'approved'`, [ids])).toBe(3);
      expect(await count(`selection_decisions WHERE buddy_id = ANY($1) AND notes = 'Checks clear for the round'`, [ids])).toBe(3);
      const audits = await t.dataSource.query(`SELECT entity_id, before, after FROM audit_events WHERE action = 'buddy.selection_decided' AND entity_id = ANY($1)`, [ids]);
      expect(audits).toHaveLength(3);
      expect(audits[0]).toMatchObject({ before: { selectionStatus: 'applied' }, after: { selectionStatus: 'approved', decidedTogether: 3 } });
    });

    it('refuses per person with every reason, and writes nothing for anyone', async () => {
      const fine = await approvedBuddy(coordinator, 'EXI', false);
      const late = (await coordinator.post('/api/buddies', { prisonNumber: 'Q9001LA', firstName: 'Late', lastName: 'Applicant', prisonCode: 'EXI', appliedOn: fromToday(0) }).expect(201)).body;
      const released = await approvedBuddy(coordinator, 'EXI', false);
      await coordinator.post(`/api/buddies/${released.id}/release`, {}).expect(201);
      const ids = [fine.id, late.id, released.id];
      const decisions = await count('selection_decisions');
      const audits = await count(`audit_events WHERE action = 'buddy.selection_decided'`);

      const res = await coordinator.post('/api/buddies/selections', { ...decision, decidedOn: fromToday(-1), buddyIds: ids }).expect(409);
      expect(res.body.code).toBe('SELECTION_REFUSED');
      expect(res.body.message).toBe('Nothing was recorded: the decision cannot be recorded for 2 of the 3 applicants chosen');
      expect(codesByPerson(res.body.people)).toEqual({ Q9001LA: ['DECIDED_BEFORE_APPLICATION'], [released.prisonNumber]: ['RECORD_CLOSED'] });
      expect(res.body.people[0]).toMatchObject({ buddyId: late.id, firstName: 'Late', lastName: 'Applicant' });

      // What is wrong with the decision itself is said once, beside its fields.
      const unchecked = await coordinator.post('/api/buddies/selections', { ...decision, securityCheckDone: false, buddyIds: [fine.id] }).expect(400);
      expect(unchecked.body.fieldErrors).toEqual({ securityCheckDone: ['Complete the security check before approving'] });

      expect(await count('selection_decisions')).toBe(decisions);
      expect(await count(`audit_events WHERE action = 'buddy.selection_decided'`)).toBe(audits);
      expect(await count(`buddies WHERE id = $1 AND selection_status = 'applied'`, [fine.id])).toBe(1);
    });

    it('treats an applicant out of scope as not found, and refuses duplicates and empty lists', async () => {
      const [{ id: hull }] = await t.dataSource.query(`INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, version) SELECT 'Q9002HL', 'Hull', 'Person', id, $1, 1 FROM prisons WHERE code = 'HLI' RETURNING id`, [fromToday(-5)]);
      const mine = await approvedBuddy(coordinator, 'EXI', false);
      await coordinator.post('/api/buddies/selections', { ...decision, buddyIds: [mine.id, hull] }).expect(404);
      await coordinator.post('/api/buddies/selections', { ...decision, buddyIds: [mine.id, mine.id] }).expect(400);
      await coordinator.post('/api/buddies/selections', { ...decision, buddyIds: [] }).expect(400);
      await trainer.post('/api/buddies/selections', { ...decision, buddyIds: [mine.id] }).expect(403);
      expect(await count(`selection_decisions WHERE buddy_id = $1`, [mine.id])).toBe(0);
    });
  });

  describe('enrolling many approved buddies at once', () => {
    it('enrols everyone, each audited on their own record', async () => {
      const cohort = await runningCohort(t, coordinator, { capacity: 4 });
      const buddies = await Promise.all([1, 2, 3].map(() => approvedBuddy(coordinator)));
      const ids = buddies.map((b) => b.id);
      const res = await coordinator.post(`/api/cohorts/${cohort.id}/bulk-enrolments`, { buddyIds: ids }).expect(201);
      expect(res.body.map((e: { buddyId: string; status: string }) => [e.buddyId, e.status])).toEqual(ids.map((id) => [id, 'active']));
      expect(await count(`enrolments WHERE cohort_id = $1 AND status = 'active'`, [cohort.id])).toBe(3);
      const audits = await t.dataSource.query(`SELECT after FROM audit_events WHERE action = 'buddy.enrolled' AND entity_id = ANY($1)`, [ids]);
      expect(audits).toHaveLength(3);
      expect(audits[0].after).toMatchObject({ cohortId: cohort.id, enrolledOn: fromToday(0), enrolledTogether: 3 });
    });

    it('refuses per person with every reason, places included, and enrols nobody', async () => {
      const cohort = await runningCohort(t, coordinator, { capacity: 3 });
      const other = await runningCohort(t, coordinator);
      const already = await approvedBuddy(coordinator);
      await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: already.id }).expect(201);
      const fine = await approvedBuddy(coordinator);
      const applicant = await approvedBuddy(coordinator, 'EXI', false);
      const atDartmoor = await approvedBuddy(coordinator, 'DAI');
      const busy = await approvedBuddy(coordinator);
      await coordinator.post(`/api/cohorts/${other.id}/enrolments`, { buddyId: busy.id }).expect(201);
      const released = await approvedBuddy(coordinator);
      await coordinator.post(`/api/buddies/${released.id}/release`, {}).expect(201);
      const enrolments = await count('enrolments');
      const audits = await count(`audit_events WHERE action = 'buddy.enrolled'`);

      const res = await coordinator.post(`/api/cohorts/${cohort.id}/bulk-enrolments`, { buddyIds: [fine.id, applicant.id, atDartmoor.id, busy.id, released.id] }).expect(409);
      expect(res.body.code).toBe('ENROLMENT_REFUSED');
      expect(res.body.message).toBe(`Nobody was enrolled: 4 of the 5 buddies chosen cannot join ${cohort.name}`);
      // Two places are free: the first two chosen fit, everyone after is over capacity too.
      expect(codesByPerson(res.body.people)).toEqual({
        [applicant.prisonNumber]: ['NOT_APPROVED'],
        [atDartmoor.prisonNumber]: ['WRONG_PRISON', 'COHORT_FULL'],
        [busy.prisonNumber]: ['ALREADY_ENROLLED', 'COHORT_FULL'],
        [released.prisonNumber]: ['RECORD_CLOSED', 'COHORT_FULL'],
      });
      expect(res.body.people.find((p: PersonRefusal) => p.prisonNumber === busy.prisonNumber).reasons[0].message).toContain(other.name);

      expect(await count('enrolments')).toBe(enrolments);
      expect(await count(`audit_events WHERE action = 'buddy.enrolled'`)).toBe(audits);
    });

    it('refuses a cohort it cannot change, and a buddy out of scope is not found', async () => {
      const cohort = await runningCohort(t, coordinator);
      const buddy = await approvedBuddy(coordinator);
      await trainer.post(`/api/cohorts/${cohort.id}/bulk-enrolments`, { buddyIds: [buddy.id] }).expect(403);
      await coordinator.post(`/api/cohorts/${cohort.id}/bulk-enrolments`, { buddyIds: [buddy.id, '00000000-0000-4000-8000-000000000000'] }).expect(404);
      expect(await count(`enrolments WHERE buddy_id = $1`, [buddy.id])).toBe(0);
    });
  });

  describe('a series of sessions', () => {
    it('schedules every session with its own module at one time and place, audited once', async () => {
      const cohort = await runningCohort(t, coordinator);
      const { moduleIds } = await referenceProgramme(t);
      const sessions = [0, 7, 14].map((d, i) => ({ heldOn: fromToday(d - 50), moduleIds: [moduleIds[i]] }));
      const res = await trainer.post(`/api/cohorts/${cohort.id}/session-series`, { startsAt: '09:30', endsAt: '11:30', location: 'Education block', sessions }).expect(201);
      expect(res.body.map((s: { heldOn: string; modules: { id: string }[] }) => [s.heldOn, s.modules.map((m) => m.id)])).toEqual(sessions.map((s) => [s.heldOn, s.moduleIds]));
      expect(await count(`audit_events WHERE action = 'cohort.session_series_scheduled' AND entity_id = $1`, [cohort.id])).toBe(1);
    });

    it('refuses the whole series when any session is wrong, naming the date', async () => {
      const cohort = await runningCohort(t, coordinator);
      const { moduleIds } = await referenceProgramme(t);
      const sessions = [{ heldOn: fromToday(-50), moduleIds: [moduleIds[0]] }, { heldOn: fromToday(-100), moduleIds: [moduleIds[1]] }];
      const res = await trainer.post(`/api/cohorts/${cohort.id}/session-series`, { startsAt: '09:30', endsAt: '09:00', location: 'Education block', sessions }).expect(400);
      expect(res.body.fieldErrors.endsAt).toEqual(['The session must end after it starts']);
      expect(res.body.fieldErrors.sessions).toHaveLength(1);
      expect(res.body.fieldErrors.sessions[0]).toMatch(/^\d+ \w+ \d{4}: The session must fall within the cohort's dates/);
      expect(await count(`training_sessions WHERE cohort_id = $1`, [cohort.id])).toBe(0);
    });
  });
});

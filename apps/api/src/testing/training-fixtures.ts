import { addDays, prisonToday } from '@peerpath/domain';
import type { BuddyDetail, CohortDetail, CreateCohortRequest } from '@peerpath/contracts';
import type { TestApp, TestClient } from './test-app';

/** A date `days` from today, as YYYY-MM-DD, so fixtures stay valid whenever tests run. */
export const fromToday = (days: number) => addDays(prisonToday(), days);

/** Criteria of the published reference Buddy Support Worker version, by code. */
export async function referenceProgramme(t: TestApp) {
  const [version] = await t.dataSource.query(
    `SELECT pv.id FROM programme_versions pv JOIN programmes p ON p.id = pv.programme_id WHERE p.code = 'buddy-support-worker' AND pv.status = 'published' ORDER BY pv.published_at LIMIT 1`,
  );
  const criteria: { id: string; code: string; moduleId: string; moduleNumber: number }[] = await t.dataSource.query(
    `SELECT ac.id, ac.code, ac.module_id AS "moduleId", m.number AS "moduleNumber" FROM assessment_criteria ac JOIN programme_modules m ON m.id = ac.module_id WHERE ac.programme_version_id = $1`,
    [version.id],
  );
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const modules: { id: string; number: number }[] = await t.dataSource.query(`SELECT id, number FROM programme_modules WHERE programme_version_id = $1 ORDER BY number`, [version.id]);
  return {
    versionId: version.id as string,
    criterion: (code: string) => {
      const c = byCode.get(code);
      if (!c) throw new Error(`no criterion ${code}`);
      return c;
    },
    moduleIds: modules.map((m) => m.id),
    criteriaOfModule: (n: number) => criteria.filter((c) => c.moduleNumber === n),
  };
}

let serial = 0;
/** A fresh prison number no demo buddy uses (letter Q is not in the demo data). */
export const newPrisonNumber = () => `Q${String(1000 + ++serial).padStart(4, '0')}${String.fromCharCode(65 + ((serial / 26) | 0) % 26)}${String.fromCharCode(65 + (serial % 26))}`;

/** Records an application through the API and, unless told otherwise, approves it. */
export async function approvedBuddy(coordinator: TestClient, prisonCode = 'EXI', approve = true): Promise<BuddyDetail> {
  const { body } = await coordinator
    .post('/api/buddies', { prisonNumber: newPrisonNumber(), firstName: 'Test', lastName: `Buddy${serial}`, prisonCode, appliedOn: fromToday(-90) })
    .expect(201);
  if (!approve) return body;
  const approved = await coordinator
    .post(`/api/buddies/${body.id}/selection`, { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(-80) })
    .expect(201);
  return approved.body;
}

export async function trainerId(t: TestApp, username = 'trainer'): Promise<string> {
  const [user] = await t.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]);
  return user.id;
}

/** Creates a running cohort through the API. */
export async function runningCohort(t: TestApp, coordinator: TestClient, extra: Partial<CreateCohortRequest> = {}): Promise<CohortDetail> {
  const { versionId } = await referenceProgramme(t);
  const res = await coordinator.post('/api/cohorts', {
    prisonCode: 'EXI',
    programmeVersionId: versionId,
    name: `Test cohort ${++serial}`,
    startsOn: fromToday(-60),
    endsOn: fromToday(60),
    capacity: 12,
    trainerIds: [await trainerId(t)],
    ...extra,
  });
  if (res.status !== 201) throw new Error(`cohort not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A buddy who has finished the programme through the API, as a trainer would record it:
 * enrolled on a cohort that started `startedDaysAgo`, present at one session, every criterion
 * met (knowledge by workbook, competence by observation). Not yet supervised or certified.
 */
export async function completedBuddy(t: TestApp, coordinator: TestClient, trainer: TestClient, startedDaysAgo = 90): Promise<BuddyDetail> {
  const cohort = await runningCohort(t, coordinator, { startsOn: fromToday(-startedDaysAgo) });
  const buddy = await approvedBuddy(coordinator);
  await coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id, enrolledOn: fromToday(-startedDaysAgo) }).expect(201);
  const { moduleIds } = await referenceProgramme(t);
  const session = await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-startedDaysAgo + 1), startsAt: '09:30', endsAt: '11:30', location: 'Education block', moduleIds }).expect(201);
  await trainer.put(`/api/cohorts/${cohort.id}/sessions/${session.body.id}/register`, { marks: [{ buddyId: buddy.id, mark: 'present' }] }).expect(200);
  const criteria: { id: string; kind: string }[] = await t.dataSource.query(`SELECT id, kind FROM assessment_criteria WHERE programme_version_id = $1`, [cohort.programmeVersionId]);
  for (const [kind, method] of [['knowledge', 'workbook'], ['competence', 'observation']] as const) {
    const decisions = criteria.filter((c) => c.kind === kind).map((c) => ({ buddyId: buddy.id, criterionId: c.id, outcome: 'met' }));
    await trainer.post(`/api/cohorts/${cohort.id}/decisions`, { method, assessedOn: fromToday(-1), evidenceNote: 'Seen in practice', decisions }).expect(201);
  }
  return buddy;
}

/** A signed-in client for a demo user. */
export async function signedIn(t: TestApp, username: string, password?: string): Promise<TestClient> {
  const client = await t.client();
  await client.signIn(username, password).expect(200);
  return client;
}

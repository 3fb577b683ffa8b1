import { API, type RouteName } from '@peerpath/contracts';
import { fromToday, newPrisonNumber, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { idsAtPrison, pathOf, type PathIds } from '@peerpath/api/testing/route-fixtures';

/*
 * The authorisation matrix: every route in the contracts table, called by every kind of person
 * (and by nobody), with ids from the caller's prison (Exeter) and from another (Hull, Yorkshire),
 * checked against one table of who may do what. Any 2xx the table does not allow fails, naming
 * the route, the person and the prison; a route without a row in the table fails too.
 *
 * Bodies are ones that would be valid, so that a missing check shows as a 2xx, not a 400.
 */

const IDENTITIES = ['nobody', 'buddy', 'trainer', 'coordinator', 'clusterAuditor', 'prisonAuditor', 'nationalAuditor', 'admin'] as const;
type Identity = (typeof IDENTITIES)[number];

/** Who reaches every prison: a 2xx for another prison's record is theirs alone. */
const NATIONAL: readonly Identity[] = ['admin', 'nationalAuditor'];

const EVERYONE = IDENTITIES;
const SIGNED_IN: readonly Identity[] = IDENTITIES.filter((i) => i !== 'nobody');
const OVERSEERS: readonly Identity[] = ['coordinator', 'clusterAuditor', 'prisonAuditor', 'nationalAuditor', 'admin'];
const STAFF: readonly Identity[] = ['trainer', ...OVERSEERS];
const AUDITORS_AND_ADMIN: readonly Identity[] = ['clusterAuditor', 'prisonAuditor', 'nationalAuditor', 'admin'];

/**
 * How a route meets prisons:
 * - `record`: names a prison's record (in the path, body or query); another prison's is refused
 *   unless the caller is national.
 * - `list`: lists what is in the caller's scope; asked about another prison it may answer, but
 *   never with that prison's records.
 * - `none`: no prison in it (your own account, national reference data, staff accounts, public).
 */
type Reach = 'record' | 'list' | 'none';
interface Rule {
  may: readonly Identity[];
  reach: Reach;
}
const rule = (may: readonly Identity[], reach: Reach): Rule => ({ may, reach });

/** Who may get a 2xx from each route, at their own prison. */
const WHO_MAY: Record<RouteName, Rule> = {
  signIn: rule(EVERYONE, 'none'),
  signOut: rule(SIGNED_IN, 'none'),
  currentUser: rule(SIGNED_IN, 'none'),
  sessionStatus: rule(SIGNED_IN, 'none'),
  staySignedIn: rule(SIGNED_IN, 'none'),
  changePassword: rule(SIGNED_IN, 'none'),
  health: rule(EVERYONE, 'none'),
  ping: rule(EVERYONE, 'none'),
  info: rule(EVERYONE, 'none'),

  buddyRegister: rule(OVERSEERS, 'list'),
  recordApplication: rule(['coordinator'], 'record'),
  recordBulkSelection: rule(['coordinator'], 'record'),
  buddy: rule(OVERSEERS, 'record'),
  recordSelection: rule(['coordinator'], 'record'),
  buddyTransfers: rule(OVERSEERS, 'record'),
  transfer: rule(['coordinator'], 'record'),
  release: rule(['coordinator'], 'record'),
  buddyAccount: rule(OVERSEERS, 'record'),
  setPin: rule(['coordinator'], 'record'),

  cohorts: rule(STAFF, 'list'),
  createCohort: rule(['coordinator', 'admin'], 'record'),
  eligibleTrainers: rule(['coordinator', 'admin'], 'record'),
  sessionsThisWeek: rule(['coordinator', 'trainer'], 'list'),
  cohort: rule(STAFF, 'record'),
  scheduleSession: rule(['coordinator', 'trainer'], 'record'),
  scheduleSeries: rule(['coordinator', 'trainer'], 'record'),
  enrol: rule(['coordinator'], 'record'),
  bulkEnrol: rule(['coordinator'], 'record'),
  enrolableBuddies: rule(['coordinator'], 'record'),
  withdraw: rule(['coordinator'], 'record'),
  attendanceRegister: rule(STAFF, 'record'),
  saveAttendanceRegister: rule(['coordinator', 'trainer'], 'record'),

  assessmentSheet: rule(STAFF, 'record'),
  recordDecisions: rule(['trainer'], 'record'),
  buddyDecisions: rule(OVERSEERS, 'record'),
  decisionHistory: rule(STAFF, 'record'),
  cohortProgress: rule(STAFF, 'record'),
  buddyProgress: rule(OVERSEERS, 'record'),
  myProgress: rule(['buddy'], 'none'),

  supervisionDue: rule(OVERSEERS, 'list'),
  buddySupervision: rule(OVERSEERS, 'record'),
  recordSupervision: rule(['coordinator'], 'record'),

  eligibility: rule(OVERSEERS, 'record'),
  buddyCertificates: rule(OVERSEERS, 'record'),
  issueCertificate: rule(['coordinator'], 'record'),
  certificate: rule(OVERSEERS, 'record'),
  certificatePdf: rule(OVERSEERS, 'record'),
  suspendCertificate: rule(['coordinator'], 'record'),
  reinstateCertificate: rule(['coordinator'], 'record'),
  revokeCertificate: rule(['coordinator'], 'record'),
  certificateRenewal: rule(OVERSEERS, 'record'),
  renewCertificate: rule(['coordinator'], 'record'),
  // Anyone holding a certificate's code may check it: that is what the code is for.
  verifyCertificate: rule(EVERYONE, 'none'),

  recipients: rule(OVERSEERS, 'list'),
  addRecipient: rule(['coordinator'], 'record'),
  recipient: rule(OVERSEERS, 'record'),
  allocations: rule(OVERSEERS, 'list'),
  allocatableBuddies: rule(['coordinator'], 'list'),
  allocationsNeedingAttention: rule(OVERSEERS, 'list'),
  allocation: rule(OVERSEERS, 'record'),
  buddyAllocations: rule(OVERSEERS, 'record'),
  checkAllocation: rule(['coordinator'], 'record'),
  allocate: rule(['coordinator'], 'record'),
  endAllocation: rule(['coordinator'], 'record'),

  outcomeReviews: rule(OVERSEERS, 'record'),
  recordOutcomeReview: rule(['coordinator'], 'record'),

  concerns: rule(OVERSEERS, 'list'),
  raiseConcern: rule(['coordinator', 'trainer', 'admin'], 'record'),
  concern: rule(OVERSEERS, 'record'),
  suspendForConcern: rule(['coordinator'], 'record'),
  resolveConcern: rule(['coordinator'], 'record'),

  monitoring: rule(OVERSEERS, 'record'),
  monitoringCsv: rule(OVERSEERS, 'record'),
  monitoringSummaryPdf: rule(OVERSEERS, 'record'),

  attention: rule(['coordinator', 'trainer'], 'list'),
  attentionList: rule(['coordinator', 'trainer'], 'list'),
  attentionCsv: rule(['coordinator', 'trainer'], 'list'),

  auditTrail: rule(AUDITORS_AND_ADMIN, 'list'),
  auditActions: rule(AUDITORS_AND_ADMIN, 'none'),
  auditTrailCsv: rule(AUDITORS_AND_ADMIN, 'list'),

  mySummary: rule(['buddy'], 'none'),
  mySummaryPdf: rule(['buddy'], 'none'),

  prisons: rule(STAFF, 'list'),
  prison: rule(STAFF, 'record'),
  prisonPolicy: rule(STAFF, 'record'),
  updatePrisonPolicy: rule(['coordinator', 'admin'], 'record'),

  programmes: rule(STAFF, 'none'),
  programmeVersion: rule(STAFF, 'none'),
  startDraft: rule(['admin'], 'none'),
  saveDraft: rule(['admin'], 'none'),
  saveModule: rule(['admin'], 'none'),
  publishVersion: rule(['admin'], 'none'),

  staff: rule(['admin'], 'none'),
  createStaffAccount: rule(['admin'], 'none'),
  staffAccount: rule(['admin'], 'none'),
  setStaffRoles: rule(['admin'], 'none'),
  unlockStaffAccount: rule(['admin'], 'none'),
  deactivateStaffAccount: rule(['admin'], 'none'),
  resetStaffPassword: rule(['admin'], 'none'),
};

/** A list route's query, naming the prison (or a record of it) so that another prison's is asked for. */
function queryOf(name: RouteName, ids: PathIds): Record<string, string> {
  const prisonFiltered: RouteName[] = ['buddyRegister', 'cohorts', 'supervisionDue', 'recipients', 'allocations', 'allocatableBuddies', 'allocationsNeedingAttention', 'concerns'];
  if (prisonFiltered.includes(name)) return { prison: ids.prisonCode };
  if (name === 'eligibleTrainers') return { prison: ids.prisonCode };
  if (name === 'monitoring' || name === 'monitoringCsv' || name === 'monitoringSummaryPdf') return { scope: `prison:${ids.prisonCode}` };
  if (name === 'auditTrail' || name === 'auditTrailCsv') return { buddyId: ids.buddyId };
  return {};
}

let serial = 0;
/** A body that would be accepted, so a missing check would answer 2xx. */
function bodyOf(name: RouteName, ids: PathIds, policyVersion: number): object | undefined {
  const n = ++serial;
  const selection = { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(-1) };
  const bodies: Partial<Record<RouteName, object>> = {
    signIn: { username: 'nobody-here', password: 'not the password' },
    // A wrong current password: your own account is in no prison, and signing everyone out of it would end the test.
    changePassword: { currentPassword: 'not the password', newPassword: 'a long and unusual passphrase 2' },
    recordApplication: { prisonNumber: newPrisonNumber(), firstName: 'Matrix', lastName: `Applicant${n}`, prisonCode: ids.prisonCode, appliedOn: fromToday(-3) },
    recordBulkSelection: { ...selection, buddyIds: [ids.buddyId] },
    recordSelection: selection,
    transfer: { toPrisonCode: ids.prisonCode === 'EXI' ? 'DAI' : 'HMI', transferredOn: fromToday(0) },
    release: { releasedOn: fromToday(0) },
    setPin: { pin: '583920' },
    createCohort: { prisonCode: ids.prisonCode, programmeVersionId: ids.versionId, name: `Matrix cohort ${n}`, startsOn: fromToday(10), endsOn: fromToday(90), capacity: 12, trainerIds: [ids.userId] },
    scheduleSession: { heldOn: fromToday(2), startsAt: '10:00', endsAt: '12:00', location: 'Education block', moduleIds: [ids.moduleId] },
    enrol: { buddyId: ids.buddyId },
    bulkEnrol: { buddyIds: [ids.buddyId] },
    withdraw: { reason: 'Left the course', withdrawnOn: fromToday(0) },
    saveAttendanceRegister: { marks: [{ buddyId: ids.buddyId, mark: 'present' }] },
    recordSupervision: { heldOn: fromToday(0), durationMinutes: 30, hoursWorkedSinceLast: 4, wellbeing: 4, boundariesDiscussed: true },
    suspendCertificate: { reason: 'Under review' },
    reinstateCertificate: { reason: 'Review done' },
    revokeCertificate: { reason: 'Review done' },
    addRecipient: { prisonNumber: newPrisonNumber(), firstName: 'Matrix', lastName: `Recipient${n}`, prisonCode: ids.prisonCode, supportSummary: 'Needs meals collected', carePlanReference: `MX-${n}` },
    checkAllocation: { buddyId: ids.buddyId, recipientId: ids.recipientId, tasks: ['collecting_meals'], plannedWeeklyHours: 2, startsOn: fromToday(0) },
    allocate: { buddyId: ids.buddyId, recipientId: ids.recipientId, tasks: ['collecting_meals'], plannedWeeklyHours: 2, startsOn: fromToday(0) },
    endAllocation: { reason: 'Needs changed', endedOn: fromToday(0) },
    recordOutcomeReview: { reviewedOn: fromToday(0), helpsScore: 4, independenceScore: 3 },
    raiseConcern: { buddyId: ids.buddyId, kind: 'boundary', description: 'Seen outside the buddy role.' },
    suspendForConcern: { reason: 'Pending review' },
    resolveConcern: { outcome: 'Spoken to; no further action' },
    updatePrisonPolicy: { supervisionIntervalDays: 28, weeklyHoursCap: 15, certificateValidityMonths: 12, attendanceThresholdPercent: 80, expectedVersion: policyVersion },
    createStaffAccount: { username: `matrix${n}`, displayName: 'Matrix Person', password: 'a long and unusual passphrase', roles: [{ role: 'trainer', scope: 'prison', prisonCode: ids.prisonCode }] },
    setStaffRoles: { roles: [{ role: 'trainer', scope: 'prison', prisonCode: ids.prisonCode }] },
    startDraft: { label: `matrix-${n}` },
  };
  return bodies[name] ?? (API[name].method === 'GET' ? undefined : {});
}

/** Mutations that change who is where come last, so the reads see the demo as it was. */
const LAST: RouteName[] = ['transfer', 'release', 'deactivateStaffAccount', 'signOut'];
const ORDER = (Object.keys(API) as RouteName[]).sort((a, b) => {
  const rank = (r: RouteName) => (LAST.includes(r) ? 2 + LAST.indexOf(r) : API[r].method === 'GET' ? 0 : 1);
  return rank(a) - rank(b);
});

describe('the authorisation matrix: every route, every role, own prison and another (real PostgreSQL)', () => {
  let t: TestApp;
  const clients = {} as Record<Identity, TestClient>;
  let own: PathIds;
  let other: PathIds;

  beforeAll(async () => {
    t = await createTestApp({}, { demoHistory: true });
    const admin = await signedIn(t, 'admin');
    const password = 'a long and unusual passphrase';
    await t.addStaff(admin, { username: 'auditor.exi', displayName: 'Exeter Auditor', password, roles: [{ role: 'auditor', scope: 'prison', prisonCode: 'EXI' }] });
    await t.addStaff(admin, { username: 'auditor.national', displayName: 'National Auditor', password, roles: [{ role: 'auditor', scope: 'national' }] });
    // Someone at Exeter for the staff routes to act on (never one of the people signed in here).
    await t.addStaff(admin, { username: 'trainer.exi', displayName: 'Exeter Trainer', password, roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] });
    clients.nobody = await t.client();
    clients.buddy = await signedIn(t, 'A1234BC', '246810');
    clients.trainer = await signedIn(t, 'trainer');
    clients.coordinator = await signedIn(t, 'coordinator');
    clients.clusterAuditor = await signedIn(t, 'auditor');
    clients.prisonAuditor = await signedIn(t, 'auditor.exi', password);
    clients.nationalAuditor = await signedIn(t, 'auditor.national', password);
    clients.admin = admin;
    own = await idsAtPrison(t, 'EXI', ['A1234BC']);
    other = await idsAtPrison(t, 'HLI');
  }, 120_000);
  afterAll(() => t.close());

  it('has a row for every route in the contracts table, and none for a route that is gone', () => {
    expect((Object.keys(API) as RouteName[]).filter((name) => !WHO_MAY[name])).toEqual([]);
    expect(Object.keys(WHO_MAY).filter((name) => !(name in API))).toEqual([]);
  });

  it('gives no 2xx the table does not allow, for any route, person or prison', async () => {
    const unexpected: string[] = [];
    let calls = 0;
    const answered = new Set<RouteName>();
    const otherIds = Object.entries(other)
      .filter(([key]) => !['versionId', 'programmeId', 'moduleId', 'moduleNumber', 'listKey', 'tableKey', 'prisonCode'].includes(key))
      .map(([, id]) => id);

    const call = async (name: RouteName, prison: 'own' | 'other', ids: PathIds, who: Identity) => {
      const { may, reach } = WHO_MAY[name];
      const version = name === 'updatePrisonPolicy' ? (await t.owner.query(`SELECT policy_version AS v FROM prisons WHERE code = $1`, [ids.prisonCode]))[0].v : 0;
      const c = clients[who];
      const method = API[name].method.toLowerCase() as 'get' | 'post' | 'put';
      const res = await c.agent[method](pathOf(name, ids)).set('X-XSRF-TOKEN', c.xsrf).query(queryOf(name, ids)).send(bodyOf(name, ids, version));
      calls++;
      const said = `${name} as ${who} at ${prison} prison: ${res.status}`;
      if (res.status >= 500) unexpected.push(said);
      if (res.status < 200 || res.status >= 300) return;
      answered.add(name);
      if (!may.includes(who)) unexpected.push(`${said} (the table does not allow it)`);
      else if (prison === 'other' && reach !== 'none' && !NATIONAL.includes(who)) {
        if (reach === 'record') unexpected.push(`${said} (another prison's record)`);
        const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : (res.text ?? JSON.stringify(res.body));
        const leaked = otherIds.filter((id) => text.includes(id));
        if (leaked.length > 0) unexpected.push(`${said} with another prison's ids ${leaked.join(', ')}`);
      }
    };

    for (const name of ORDER) {
      const { may } = WHO_MAY[name];
      // Those refused go first, so they meet the records before anyone allowed has changed them.
      const identities = [...IDENTITIES].sort((a, b) => Number(may.includes(a)) - Number(may.includes(b)));
      const requests = (['own', 'other'] as const).flatMap((prison) => identities.map((who) => [prison, prison === 'own' ? own : other, who] as const));
      // Reads change nothing, so they go a few at a time; changes one at a time, in order. A monitoring
      // dashboard runs 16 statements side by side on the pool of 10, so those go one at a time too:
      // this is no load test (several at once on a busy machine wait past the pool's 15 s and answer 503).
      const inFlight = API[name].method === 'GET' && !name.startsWith('monitoring') ? 4 : 1;
      for (let i = 0; i < requests.length; i += inFlight) await Promise.all(requests.slice(i, i + inFlight).map(([prison, ids, who]) => call(name, prison, ids, who)));
    }
    console.log(`authorisation matrix: ${ORDER.length} routes × ${IDENTITIES.length} identities × 2 prisons = ${calls} requests`);
    expect(unexpected).toEqual([]);
    // Every read answered someone allowed: the ids are real, so the refusals above are refusals, not 404s.
    expect(ORDER.filter((r) => API[r].method === 'GET' && !answered.has(r))).toEqual([]);
  }, 240_000);
});

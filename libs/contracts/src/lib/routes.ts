import type {
  AllocationGateCode,
  AllocationListQuery,
  AllocationNeedingAttention,
  AllocationRequest,
  AllocationView,
  CreateRecipientRequest,
  EndAllocationRequest,
  NeedingAttentionQuery,
  RecipientListQuery,
  RecipientSummary,
} from './allocation';
import type { DecisionHistory, DecisionView, ModuleAssessmentSheet, RecordDecisionsRequest } from './assessments';
import type { AttentionItem, AttentionListQuery, AttentionSummary } from './attention';
import type { AuditActionKind, AuditTrailPage, AuditTrailQuery } from './audit';
import type { ChangePasswordRequest, CurrentUser, SessionStatus, SignInRequest } from './auth';
import type {
  AllocatableBuddiesQuery,
  BuddyAccountView,
  BuddyDetail,
  BuddyRegisterQuery,
  BuddySearchQuery,
  BuddySummary,
  BulkPerson,
  MoveOutcome,
  Page,
  RecordApplicationRequest,
  RecordBulkSelectionRequest,
  RecordSelectionRequest,
  ReleaseRequest,
  SetPinRequest,
  TransferRequest,
  TransferView,
} from './buddies';
import type { CertificateStatusRequest, CertificateVerification, CertificateView, EligibilityView, RenewalView } from './certification';
import type {
  AttendanceRegister,
  BulkEnrolRequest,
  CohortDetail,
  CohortListQuery,
  CohortSummary,
  CreateCohortRequest,
  EligibleTrainer,
  EligibleTrainersQuery,
  EnrolmentView,
  EnrolRequest,
  SaveRegisterRequest,
  ScheduleSeriesRequest,
  ScheduleSessionRequest,
  SessionView,
  UpcomingSession,
  WithdrawRequest,
} from './cohorts';
import type { ConcernListQuery, ConcernView, RaiseConcernRequest, ResolveConcernRequest, SuspendForConcernRequest } from './concerns';
import type { MySummary } from './me';
import type { MonitoringDashboard, MonitoringQuery } from './monitoring';
import type { HealthReport, InfoReport, PingReport } from './platform';
import type { PrisonPolicyView, PrisonSummary, UpdatePolicyRequest } from './prisons';
import type { RecipientOutcomeReviews, OutcomeReviewView, RecordOutcomeReviewRequest } from './outcomes';
import type { ProgrammeSummary, ProgrammeVersionDetail, PublishRequest, SaveDraftRequest, SaveModuleRequest, StartDraftRequest } from './programmes';
import type { BuddyProgress, ProgressMatrix } from './progress';
import type { RuleOutcome } from './rules';
import type { CreateStaffAccountRequest, SetStaffRolesRequest, StaffAccount, StaffListQuery, StaffPasswordReset } from './staff';
import type { BuddySupervision, RecordSupervisionRequest, SupervisionDueItem, SupervisionDueQuery, SupervisionView } from './supervision';

/*
 * Every API route, once: method and path as plain data, request and response as types.
 * The web app calls only through this table; the API's route-coverage spec checks it against
 * Nest's own route metadata and each handler's return type, so a renamed path or a changed
 * response fails a test instead of a page.
 *
 * This is the one file in the lib with runtime code: the table and two small functions that
 * import nothing, so the lib still drags no dependency across the boundary.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** A file the browser downloads or opens (a PDF), not JSON: linked to, never fetched by HttpClient. */
export interface FileDownload {
  readonly contentType: 'application/pdf' | 'text/csv';
}

/**
 * One route. `request` is the query for a GET and the body otherwise; `void` when there is
 * none. The types travel on a phantom member that is never set at run time.
 */
export interface Route<M extends HttpMethod = HttpMethod, P extends string = string, Req = unknown, Res = unknown> {
  readonly method: M;
  readonly path: P;
  readonly types?: { readonly request: Req; readonly response: Res };
}

export type RequestOf<R> = R extends Route<HttpMethod, string, infer Req, unknown> ? Req : never;
export type ResponseOf<R> = R extends Route<HttpMethod, string, unknown, infer Res> ? Res : never;

/** `:name` segments of a path, as a union of names. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string };

/** A path's routes, by method; the types are given, the path is inferred from `at(path)`. */
function at<P extends string>(path: P) {
  return {
    get: <Req = void, Res = never>(): Route<'GET', P, Req, Res> => ({ method: 'GET', path }),
    post: <Req = void, Res = never>(): Route<'POST', P, Req, Res> => ({ method: 'POST', path }),
    put: <Req = void, Res = never>(): Route<'PUT', P, Req, Res> => ({ method: 'PUT', path }),
  };
}

/** The URL of a route, each `:name` replaced by its encoded value. */
export function urlOf<P extends string>(route: Route<HttpMethod, P>, params: PathParams<P>): string {
  return route.path.replace(/:([A-Za-z]\w*)/g, (_match, name: string) => {
    const value = (params as Record<string, string | undefined>)[name];
    // Never a request to /api/buddies/undefined: a missing parameter is a programming error.
    if (value === undefined || value === '') throw new Error(`${route.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/** Types on the left are the request (query for a GET, body otherwise), then the response. */
export const API = {
  // auth
  signIn: at('/api/auth/login').post<SignInRequest, CurrentUser>(),
  signOut: at('/api/auth/logout').post<void, void>(),
  currentUser: at('/api/auth/me').get<void, CurrentUser>(),
  /** Does not extend the session (the timeout warning may ask as often as it likes). */
  sessionStatus: at('/api/auth/session').get<void, SessionStatus>(),
  /** "Stay signed in": extends the session. */
  staySignedIn: at('/api/auth/session').post<void, SessionStatus>(),

  // platform: the HMPPS trio, open to monitoring
  health: at('/api/health').get<void, HealthReport>(),
  ping: at('/api/ping').get<void, PingReport>(),
  info: at('/api/info').get<void, InfoReport>(),

  // buddies: the register and the record
  buddyRegister: at('/api/buddies').get<BuddyRegisterQuery, Page<BuddySummary>>(),
  recordApplication: at('/api/buddies').post<RecordApplicationRequest, BuddyDetail>(),
  recordBulkSelection: at('/api/buddies/selections').post<RecordBulkSelectionRequest, BulkPerson[]>(),
  buddy: at('/api/buddies/:buddyId').get<void, BuddyDetail>(),
  recordSelection: at('/api/buddies/:buddyId/selection').post<RecordSelectionRequest, BuddyDetail>(),
  buddyTransfers: at('/api/buddies/:buddyId/transfers').get<void, TransferView[]>(),
  transfer: at('/api/buddies/:buddyId/transfer').post<TransferRequest, MoveOutcome>(),
  release: at('/api/buddies/:buddyId/release').post<ReleaseRequest, MoveOutcome>(),
  buddyAccount: at('/api/buddies/:buddyId/account').get<void, BuddyAccountView>(),
  setPin: at('/api/buddies/:buddyId/pin').post<SetPinRequest, BuddyAccountView>(),

  // cohorts, sessions, enrolments and registers
  cohorts: at('/api/cohorts').get<CohortListQuery, Page<CohortSummary>>(),
  createCohort: at('/api/cohorts').post<CreateCohortRequest, CohortDetail>(),
  eligibleTrainers: at('/api/cohorts/eligible-trainers').get<EligibleTrainersQuery, EligibleTrainer[]>(),
  sessionsThisWeek: at('/api/cohorts/sessions/this-week').get<void, UpcomingSession[]>(),
  cohort: at('/api/cohorts/:cohortId').get<void, CohortDetail>(),
  scheduleSession: at('/api/cohorts/:cohortId/sessions').post<ScheduleSessionRequest, SessionView>(),
  scheduleSeries: at('/api/cohorts/:cohortId/session-series').post<ScheduleSeriesRequest, SessionView[]>(),
  enrol: at('/api/cohorts/:cohortId/enrolments').post<EnrolRequest, EnrolmentView>(),
  bulkEnrol: at('/api/cohorts/:cohortId/bulk-enrolments').post<BulkEnrolRequest, EnrolmentView[]>(),
  enrolableBuddies: at('/api/cohorts/:cohortId/enrolable-buddies').get<BuddySearchQuery, Page<BuddySummary>>(),
  withdraw: at('/api/cohorts/:cohortId/enrolments/:enrolmentId/withdrawal').post<WithdrawRequest, EnrolmentView>(),
  attendanceRegister: at('/api/cohorts/:cohortId/sessions/:sessionId/register').get<void, AttendanceRegister>(),
  saveAttendanceRegister: at('/api/cohorts/:cohortId/sessions/:sessionId/register').put<SaveRegisterRequest, AttendanceRegister>(),

  // assessments
  assessmentSheet: at('/api/cohorts/:cohortId/modules/:moduleId/assessment').get<void, ModuleAssessmentSheet>(),
  recordDecisions: at('/api/cohorts/:cohortId/decisions').post<RecordDecisionsRequest, DecisionView[]>(),
  buddyDecisions: at('/api/buddies/:buddyId/decisions').get<void, DecisionView[]>(),
  decisionHistory: at('/api/cohorts/:cohortId/buddies/:buddyId/modules/:moduleId/decisions').get<void, DecisionHistory>(),

  // progress
  cohortProgress: at('/api/cohorts/:cohortId/progress').get<void, ProgressMatrix>(),
  buddyProgress: at('/api/buddies/:buddyId/progress').get<void, BuddyProgress>(),
  myProgress: at('/api/me/progress').get<void, BuddyProgress>(),

  // supervision
  supervisionDue: at('/api/supervision/due').get<SupervisionDueQuery, Page<SupervisionDueItem>>(),
  buddySupervision: at('/api/buddies/:buddyId/supervisions').get<void, BuddySupervision>(),
  recordSupervision: at('/api/buddies/:buddyId/supervisions').post<RecordSupervisionRequest, SupervisionView>(),

  // certification
  eligibility: at('/api/buddies/:buddyId/eligibility').get<void, EligibilityView>(),
  buddyCertificates: at('/api/buddies/:buddyId/certificates').get<void, CertificateView[]>(),
  issueCertificate: at('/api/buddies/:buddyId/certificates').post<void, CertificateView>(),
  certificate: at('/api/certificates/:certificateId').get<void, CertificateView>(),
  certificatePdf: at('/api/certificates/:certificateId/pdf').get<void, FileDownload>(),
  suspendCertificate: at('/api/certificates/:certificateId/suspension').post<CertificateStatusRequest, CertificateView>(),
  reinstateCertificate: at('/api/certificates/:certificateId/reinstatement').post<CertificateStatusRequest, CertificateView>(),
  revokeCertificate: at('/api/certificates/:certificateId/revocation').post<CertificateStatusRequest, CertificateView>(),
  certificateRenewal: at('/api/certificates/:certificateId/renewal').get<void, RenewalView>(),
  renewCertificate: at('/api/certificates/:certificateId/renewal').post<void, CertificateView>(),
  verifyCertificate: at('/api/verify/:code').get<void, CertificateVerification>(),

  // allocation
  recipients: at('/api/recipients').get<RecipientListQuery, Page<RecipientSummary>>(),
  addRecipient: at('/api/recipients').post<CreateRecipientRequest, RecipientSummary>(),
  recipient: at('/api/recipients/:recipientId').get<void, RecipientSummary>(),
  allocations: at('/api/allocations').get<AllocationListQuery, Page<AllocationView>>(),
  allocatableBuddies: at('/api/allocations/buddies').get<AllocatableBuddiesQuery, Page<BuddySummary>>(),
  allocationsNeedingAttention: at('/api/allocations/needing-attention').get<NeedingAttentionQuery, Page<AllocationNeedingAttention>>(),
  allocation: at('/api/allocations/:allocationId').get<void, AllocationView>(),
  buddyAllocations: at('/api/buddies/:buddyId/allocations').get<void, AllocationView[]>(),
  checkAllocation: at('/api/allocations/check').post<AllocationRequest, RuleOutcome<AllocationGateCode>>(),
  allocate: at('/api/allocations').post<AllocationRequest, AllocationView>(),
  endAllocation: at('/api/allocations/:allocationId/end').post<EndAllocationRequest, AllocationView>(),

  // outcome reviews with recipients
  outcomeReviews: at('/api/recipients/:recipientId/outcome-reviews').get<void, RecipientOutcomeReviews>(),
  recordOutcomeReview: at('/api/recipients/:recipientId/outcome-reviews').post<RecordOutcomeReviewRequest, OutcomeReviewView>(),

  // concerns
  concerns: at('/api/concerns').get<ConcernListQuery, Page<ConcernView>>(),
  raiseConcern: at('/api/concerns').post<RaiseConcernRequest, ConcernView>(),
  concern: at('/api/concerns/:concernId').get<void, ConcernView>(),
  suspendForConcern: at('/api/concerns/:concernId/certificate-suspension').post<SuspendForConcernRequest, ConcernView>(),
  resolveConcern: at('/api/concerns/:concernId/resolution').post<ResolveConcernRequest, ConcernView>(),

  // monitoring: figures for a prison, a cluster or the nation
  monitoring: at('/api/monitoring').get<MonitoringQuery, MonitoringDashboard>(),
  /** Any table of the dashboard (or `comparison`) as CSV, over the same scope and period. */
  monitoringCsv: at('/api/monitoring/csv/:tableKey').get<MonitoringQuery, FileDownload>(),
  /** The one-page scheme summary for a board meeting or an inspection visit. */
  monitoringSummaryPdf: at('/api/monitoring/summary.pdf').get<MonitoringQuery, FileDownload>(),

  // what needs attention today: the coordinator's and the trainer's lists
  attention: at('/api/attention').get<void, AttentionSummary>(),
  attentionList: at('/api/attention/:listKey').get<AttentionListQuery, Page<AttentionItem>>(),
  /** The whole list (everything in scope) as CSV. */
  attentionCsv: at('/api/attention/:listKey/csv').get<void, FileDownload>(),

  // the audit trail: who changed what, in words, within the reader's scope
  auditTrail: at('/api/audit').get<AuditTrailQuery, AuditTrailPage>(),
  auditActions: at('/api/audit/actions').get<void, AuditActionKind[]>(),
  /** The same events and filters as CSV, newest first. */
  auditTrailCsv: at('/api/audit/csv').get<AuditTrailQuery, FileDownload>(),

  // the buddy's own view
  mySummary: at('/api/me/summary').get<void, MySummary>(),
  mySummaryPdf: at('/api/me/summary.pdf').get<void, FileDownload>(),

  // prisons and their policy
  prisons: at('/api/prisons').get<void, PrisonSummary[]>(),
  prison: at('/api/prisons/:prisonCode').get<void, PrisonSummary>(),
  prisonPolicy: at('/api/prisons/:prisonCode/policy').get<void, PrisonPolicyView>(),
  updatePrisonPolicy: at('/api/prisons/:prisonCode/policy').put<UpdatePolicyRequest, PrisonPolicyView>(),

  // programmes
  programmes: at('/api/programmes').get<void, ProgrammeSummary[]>(),
  programmeVersion: at('/api/programmes/versions/:versionId').get<void, ProgrammeVersionDetail>(),
  startDraft: at('/api/programmes/:programmeId/drafts').post<StartDraftRequest, ProgrammeVersionDetail>(),
  saveDraft: at('/api/programmes/versions/:versionId/content').put<SaveDraftRequest, ProgrammeVersionDetail>(),
  saveModule: at('/api/programmes/versions/:versionId/modules/:moduleNumber').put<SaveModuleRequest, ProgrammeVersionDetail>(),
  publishVersion: at('/api/programmes/versions/:versionId/publish').post<PublishRequest, ProgrammeVersionDetail>(),

  // your own account
  changePassword: at('/api/account/password').post<ChangePasswordRequest, CurrentUser>(),

  // staff accounts
  staff: at('/api/staff').get<StaffListQuery, Page<StaffAccount>>(),
  createStaffAccount: at('/api/staff').post<CreateStaffAccountRequest, StaffAccount>(),
  staffAccount: at('/api/staff/:userId').get<void, StaffAccount>(),
  setStaffRoles: at('/api/staff/:userId/roles').put<SetStaffRolesRequest, StaffAccount>(),
  unlockStaffAccount: at('/api/staff/:userId/unlock').post<void, StaffAccount>(),
  deactivateStaffAccount: at('/api/staff/:userId/deactivate').post<void, StaffAccount>(),
  resetStaffPassword: at('/api/staff/:userId/password').post<void, StaffPasswordReset>(),
} as const;

export type ApiRoutes = typeof API;
export type RouteName = keyof ApiRoutes;

/**
 * The create routes that accept an `Idempotency-Key` header: a repeat of the key by the same
 * person within 24 hours gets the first answer back and records nothing twice. The web app sends
 * one key per form submission on these; the API's specs check each is marked on its handler.
 */
export const IDEMPOTENT_ROUTES: readonly RouteName[] = [
  'recordApplication',
  'recordSelection',
  'recordBulkSelection',
  'enrol',
  'bulkEnrol',
  'recordDecisions',
  'recordSupervision',
  'allocate',
  'recordOutcomeReview',
  'raiseConcern',
];

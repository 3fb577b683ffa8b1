import { RequestMethod, StreamableFile } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { API, IDEMPOTENT_ROUTES, type ApiRoutes, type FileDownload, type RequestOf, type ResponseOf, type RouteName } from '@peerpath/contracts';
import { AllocationController } from '@peerpath/api/allocation/allocation.controller';
import { AllocationDto, AllocationListQueryDto, CreateRecipientDto, EndAllocationDto, NeedingAttentionQueryDto, RecipientListQueryDto } from '@peerpath/api/allocation/dto/allocation.dto';
import { AppModule } from '@peerpath/api/app.module';
import { AssessmentsController } from '@peerpath/api/assessments/assessments.controller';
import { RecordDecisionsDto } from '@peerpath/api/assessments/dto/assessment.dto';
import { AttentionController, AttentionListQueryDto } from '@peerpath/api/attention/attention.controller';
import { AuditTrailController } from '@peerpath/api/audit/audit-trail.controller';
import { AuditTrailQueryDto } from '@peerpath/api/audit/dto/audit-trail-query.dto';
import { AuthController } from '@peerpath/api/auth/auth.controller';
import { SignInDto } from '@peerpath/api/auth/dto/sign-in.dto';
import { AccountController } from '@peerpath/api/account/account.controller';
import { ChangePasswordDto } from '@peerpath/api/account/dto/change-password.dto';
import { BuddiesController } from '@peerpath/api/buddies/buddies.controller';
import { BulkSelectionController } from '@peerpath/api/buddies/bulk-selection.controller';
import { AllocatableBuddiesQueryDto, BuddyRegisterQueryDto, BuddySearchQueryDto, RecordApplicationDto, RecordBulkSelectionDto, RecordSelectionDto } from '@peerpath/api/buddies/dto/buddy.dto';
import { ReleaseDto, TransferDto } from '@peerpath/api/buddies/dto/move.dto';
import { SetPinDto } from '@peerpath/api/buddies/dto/pin.dto';
import { MovesController } from '@peerpath/api/buddies/moves.controller';
import { CertificatesController } from '@peerpath/api/certification/certificates.controller';
import { CertificateStatusDto } from '@peerpath/api/certification/dto/certificate.dto';
import { CohortsController } from '@peerpath/api/cohorts/cohorts.controller';
import { CohortBulkController } from '@peerpath/api/cohorts/cohort-bulk.controller';
import { BulkEnrolDto, CohortListQueryDto, CreateCohortDto, EnrolDto, PrisonQueryDto, SaveRegisterDto, ScheduleSeriesDto, ScheduleSessionDto, WithdrawDto } from '@peerpath/api/cohorts/dto/cohort.dto';
import { ConcernsController } from '@peerpath/api/concerns/concerns.controller';
import { ConcernListQueryDto, RaiseConcernDto, ResolveConcernDto, SuspendForConcernDto } from '@peerpath/api/concerns/dto/concern.dto';
import { readConfig } from '@peerpath/api/config/config';
import { RecordOutcomeReviewDto } from '@peerpath/api/outcomes/dto/outcome-review.dto';
import { OutcomesController } from '@peerpath/api/outcomes/outcomes.controller';
import { MeController } from '@peerpath/api/me/me.controller';
import { HealthController } from '@peerpath/api/health/health.controller';
import { UpdatePolicyDto } from '@peerpath/api/prisons/dto/policy.dto';
import { PrisonsController } from '@peerpath/api/prisons/prisons.controller';
import { PublishDto, SaveDraftDto, SaveModuleDto, StartDraftDto } from '@peerpath/api/programmes/dto/programme-content.dto';
import { ProgrammesController } from '@peerpath/api/programmes/programmes.controller';
import { ProgressController } from '@peerpath/api/progress/progress.controller';
import { CreateStaffAccountDto, SetStaffRolesDto, StaffListQueryDto } from '@peerpath/api/staff/dto/create-staff-account.dto';
import { StaffController } from '@peerpath/api/staff/staff.controller';
import { RecordSupervisionDto, SupervisionDueQueryDto } from '@peerpath/api/supervision/dto/supervision.dto';
import { SupervisionController } from '@peerpath/api/supervision/supervision.controller';
import { MonitoringController } from '@peerpath/api/monitoring/monitoring.controller';
import { MonitoringQueryDto } from '@peerpath/api/monitoring/dto/monitoring.dto';
import { isIdempotent } from '@peerpath/api/platform/idempotency';
import { ACCESS_KEY, PUBLIC_KEY, type AccessRule } from './access.decorator';

type Class = new (...args: never[]) => unknown;

/** Every controller reachable from the app module, found by walking its imports. */
function controllersOf(): Class[] {
  const found = new Set<Class>();
  const seen = new Set<unknown>();
  const visit = (mod: unknown) => {
    if (!mod || seen.has(mod)) return;
    seen.add(mod);
    const dynamic = mod as { module?: unknown; imports?: unknown[]; controllers?: Class[] };
    const target = (dynamic.module ?? mod) as object;
    const controllers = [...(dynamic.controllers ?? []), ...((Reflect.getMetadata('controllers', target) as Class[]) ?? [])];
    controllers.forEach((c) => found.add(c));
    [...(dynamic.imports ?? []), ...((Reflect.getMetadata('imports', target) as unknown[]) ?? [])].forEach(visit);
  };
  visit(AppModule.forRoot(readConfig({ NODE_ENV: 'test' }), 'postgres://unused'));
  return [...found];
}

/** Every handler Nest serves, with its method and full path (the global `api` prefix included). */
function nestRoutes() {
  return controllersOf().flatMap((controller) => {
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && Reflect.getMetadata(METHOD_METADATA, proto[name] as object) !== undefined)
      .map((name) => {
        const handler = proto[name] as object;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler)}`.replace(/\/+/g, '/').replace(/\/$/, '');
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
        const access: AccessRule | undefined = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller);
        return { route: `${method} ${path} (${controller.name}.${name})`, method, path: `/api${path}`, controller, name, isPublic: !!isPublic, access };
      });
  });
}

describe('route coverage: every route declares who may call it', () => {
  const routes = nestRoutes();

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s is @Public() or declares @Access(roles, scope)', (_name, r) => {
    expect(r.isPublic || (r.access !== undefined && r.access.roles.length > 0 && r.access.scope !== undefined)).toBe(true);
    // Declaring both would make the access rule dead code.
    expect(r.isPublic && r.access !== undefined).toBe(false);
  });

  it('keeps the public routes to the known few', () => {
    expect(routes.filter((r) => r.isPublic).map((r) => r.route.split(' (')[0]).sort()).toEqual([
      'GET /health',
      'GET /info',
      'GET /ping',
      'GET /verify/:code',
      'POST /auth/login',
    ]);
  });
});

/*
 * The route table in @peerpath/contracts against Nest: the web app calls only through the
 * table, so this is where a renamed path or a changed response shape must fail.
 *
 * HANDLERS binds each table entry to the handler that serves it, and to the DTO class Nest
 * validates its request into (a GET's @Query, otherwise its @Body). The binding is checked both
 * ways: at run time against Nest's metadata (method, path, which parameter is the DTO), and at
 * compile time (ts-jest type-checks this file) against the handler's declared return type and
 * the DTO's shape. A route added to a controller fails the first test until it is in the table
 * and here.
 */
const HANDLERS = {
  signIn: [AuthController, 'login', SignInDto],
  signOut: [AuthController, 'logout'],
  currentUser: [AuthController, 'me'],
  sessionStatus: [AuthController, 'sessionStatus'],
  staySignedIn: [AuthController, 'staySignedIn'],
  changePassword: [AccountController, 'changePassword', ChangePasswordDto],
  health: [HealthController, 'health'],
  ping: [HealthController, 'ping'],
  info: [HealthController, 'info'],
  buddyRegister: [BuddiesController, 'register', BuddyRegisterQueryDto],
  recordApplication: [BuddiesController, 'recordApplication', RecordApplicationDto],
  recordBulkSelection: [BulkSelectionController, 'record', RecordBulkSelectionDto],
  buddy: [BuddiesController, 'get'],
  recordSelection: [BuddiesController, 'recordSelection', RecordSelectionDto],
  buddyTransfers: [MovesController, 'transfers'],
  transfer: [MovesController, 'transfer', TransferDto],
  release: [MovesController, 'release', ReleaseDto],
  buddyAccount: [MovesController, 'account'],
  setPin: [MovesController, 'setPin', SetPinDto],
  cohorts: [CohortsController, 'list', CohortListQueryDto],
  createCohort: [CohortsController, 'create', CreateCohortDto],
  eligibleTrainers: [CohortsController, 'eligibleTrainers', PrisonQueryDto],
  sessionsThisWeek: [CohortsController, 'sessionsThisWeek'],
  cohort: [CohortsController, 'get'],
  scheduleSession: [CohortsController, 'scheduleSession', ScheduleSessionDto],
  scheduleSeries: [CohortBulkController, 'scheduleSeries', ScheduleSeriesDto],
  enrol: [CohortsController, 'enrol', EnrolDto],
  bulkEnrol: [CohortBulkController, 'enrolMany', BulkEnrolDto],
  enrolableBuddies: [CohortsController, 'enrolable', BuddySearchQueryDto],
  withdraw: [CohortsController, 'withdraw', WithdrawDto],
  attendanceRegister: [CohortsController, 'register'],
  saveAttendanceRegister: [CohortsController, 'saveRegister', SaveRegisterDto],
  assessmentSheet: [AssessmentsController, 'sheet'],
  recordDecisions: [AssessmentsController, 'record', RecordDecisionsDto],
  buddyDecisions: [AssessmentsController, 'history'],
  decisionHistory: [AssessmentsController, 'historyOnModule'],
  cohortProgress: [ProgressController, 'matrix'],
  buddyProgress: [ProgressController, 'ofBuddy'],
  myProgress: [ProgressController, 'mine'],
  supervisionDue: [SupervisionController, 'due', SupervisionDueQueryDto],
  buddySupervision: [SupervisionController, 'ofBuddy'],
  recordSupervision: [SupervisionController, 'record', RecordSupervisionDto],
  eligibility: [CertificatesController, 'eligibility'],
  buddyCertificates: [CertificatesController, 'list'],
  issueCertificate: [CertificatesController, 'issue'],
  certificate: [CertificatesController, 'get'],
  certificatePdf: [CertificatesController, 'pdf'],
  suspendCertificate: [CertificatesController, 'suspend', CertificateStatusDto],
  reinstateCertificate: [CertificatesController, 'reinstate', CertificateStatusDto],
  revokeCertificate: [CertificatesController, 'revoke', CertificateStatusDto],
  certificateRenewal: [CertificatesController, 'renewal'],
  renewCertificate: [CertificatesController, 'renew'],
  verifyCertificate: [CertificatesController, 'verify'],
  recipients: [AllocationController, 'listRecipients', RecipientListQueryDto],
  addRecipient: [AllocationController, 'addRecipient', CreateRecipientDto],
  recipient: [AllocationController, 'recipient'],
  allocations: [AllocationController, 'list', AllocationListQueryDto],
  allocatableBuddies: [AllocationController, 'allocatableBuddies', AllocatableBuddiesQueryDto],
  allocationsNeedingAttention: [AllocationController, 'needingAttention', NeedingAttentionQueryDto],
  allocation: [AllocationController, 'get'],
  buddyAllocations: [AllocationController, 'ofBuddy'],
  checkAllocation: [AllocationController, 'check', AllocationDto],
  allocate: [AllocationController, 'allocate', AllocationDto],
  endAllocation: [AllocationController, 'end', EndAllocationDto],
  outcomeReviews: [OutcomesController, 'list'],
  recordOutcomeReview: [OutcomesController, 'record', RecordOutcomeReviewDto],
  concerns: [ConcernsController, 'list', ConcernListQueryDto],
  raiseConcern: [ConcernsController, 'raise', RaiseConcernDto],
  concern: [ConcernsController, 'get'],
  suspendForConcern: [ConcernsController, 'suspendCertificate', SuspendForConcernDto],
  resolveConcern: [ConcernsController, 'resolve', ResolveConcernDto],
  monitoring: [MonitoringController, 'dashboard', MonitoringQueryDto],
  monitoringCsv: [MonitoringController, 'csv', MonitoringQueryDto],
  monitoringSummaryPdf: [MonitoringController, 'summaryPdf', MonitoringQueryDto],
  auditTrail: [AuditTrailController, 'list', AuditTrailQueryDto],
  auditActions: [AuditTrailController, 'actions'],
  auditTrailCsv: [AuditTrailController, 'csv', AuditTrailQueryDto],
  mySummary: [MeController, 'summary'],
  mySummaryPdf: [MeController, 'summaryPdf'],
  attention: [AttentionController, 'summary'],
  attentionList: [AttentionController, 'list', AttentionListQueryDto],
  attentionCsv: [AttentionController, 'csv'],
  prisons: [PrisonsController, 'list'],
  prison: [PrisonsController, 'get'],
  prisonPolicy: [PrisonsController, 'policy'],
  updatePrisonPolicy: [PrisonsController, 'updatePolicy', UpdatePolicyDto],
  programmes: [ProgrammesController, 'list'],
  programmeVersion: [ProgrammesController, 'get'],
  startDraft: [ProgrammesController, 'startDraft', StartDraftDto],
  saveDraft: [ProgrammesController, 'saveDraft', SaveDraftDto],
  saveModule: [ProgrammesController, 'saveModule', SaveModuleDto],
  publishVersion: [ProgrammesController, 'publish', PublishDto],
  staff: [StaffController, 'list', StaffListQueryDto],
  createStaffAccount: [StaffController, 'create', CreateStaffAccountDto],
  staffAccount: [StaffController, 'get'],
  setStaffRoles: [StaffController, 'setRoles', SetStaffRolesDto],
  unlockStaffAccount: [StaffController, 'unlock'],
  deactivateStaffAccount: [StaffController, 'deactivate'],
  resetStaffPassword: [StaffController, 'resetPassword'],
} as const satisfies { readonly [K in RouteName]: readonly [Class, string] | readonly [Class, string, Class] };

// --- Compile-time half: a mismatch below is a type error, so `nx test api` fails to compile this file.

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Entry<K extends RouteName> = (typeof HANDLERS)[K];
type Instance<C> = C extends abstract new (...args: never[]) => infer I ? I : never;
type HandlerOf<K extends RouteName> = Instance<Entry<K>[0]>[Entry<K>[1] & keyof Instance<Entry<K>[0]>];
/** What the handler sends: its awaited return type, a streamed file standing for a download. */
type Served<K extends RouteName> = HandlerOf<K> extends (...args: never[]) => infer R ? (Awaited<R> extends StreamableFile ? FileDownload : Awaited<R>) : never;
type DtoOf<K extends RouteName> = Entry<K> extends readonly [Class, string, infer D] ? Instance<D> : void;
/** The web may send exactly what the DTO accepts: the same fields, each assignable both ways. */
type SameRequest<Dto, Req> = [Dto] extends [void]
  ? [Req] extends [void] ? true : false
  : Equal<keyof Dto, keyof Req> extends true ? ([Dto] extends [Req] ? ([Req] extends [Dto] ? true : false) : false) : false;

type ResponseDrift = { [K in RouteName]: Equal<Served<K>, ResponseOf<ApiRoutes[K]>> extends true ? never : K }[RouteName];
type RequestDrift = { [K in RouteName]: SameRequest<DtoOf<K>, RequestOf<ApiRoutes[K]>> extends true ? never : K }[RouteName];

// If either line fails to compile, the error lists the routes whose handler and table disagree.
const responseDrift: { [K in ResponseDrift]: 'the handler returns another type than the table says' } = {};
const requestDrift: { [K in RequestDrift]: 'the DTO accepts another shape than the table says' } = {};

// --- Run-time half: the table against Nest's own route metadata.

describe('route table: @peerpath/contracts API matches the routes Nest serves', () => {
  const routes = nestRoutes();
  const table = Object.entries(API).map(([name, r]) => ({ name: name as RouteName, key: `${r.method} ${r.path}` }));

  it('types every response and request as the table says (checked when this file compiles)', () => {
    expect([Object.keys(responseDrift), Object.keys(requestDrift)]).toEqual([[], []]);
  });

  it('has an entry for every route Nest serves', () => {
    const inTable = new Set(table.map((t) => t.key));
    expect(routes.filter((r) => !inTable.has(`${r.method} ${r.path}`)).map((r) => r.route)).toEqual([]);
  });

  it('serves every route in the table', () => {
    const served = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(table.filter((t) => !served.has(t.key)).map((t) => `${t.name}: ${t.key}`)).toEqual([]);
  });

  it.each(table.map((t) => [t.name, t] as const))('%s is served by the handler bound to it, with its request DTO', (name, t) => {
    const [controller, method, dto] = HANDLERS[name] as readonly [Class, string, Class?];
    const served = routes.find((r) => r.controller === controller && r.name === method);
    expect(served && `${served.method} ${served.path}`).toBe(t.key);

    // Which parameter Nest fills from the body (or, for a GET, the query), and its class.
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number }>;
    const source = API[name].method === 'GET' ? RouteParamtypes.QUERY : RouteParamtypes.BODY;
    const indexes = Object.entries(args)
      .filter(([key]) => Number(key.split(':')[0]) === source)
      .map(([, arg]) => arg.index);
    const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ?? []) as unknown[];
    expect(indexes.map((i) => paramTypes[i])).toEqual(dto ? [dto] : []);
  });
});

describe('idempotent create routes: the contracts list against the handlers', () => {
  it('marks exactly the routes in IDEMPOTENT_ROUTES with @Idempotent()', () => {
    const marked = (Object.keys(HANDLERS) as RouteName[]).filter((name) => {
      const [controller, method] = HANDLERS[name] as readonly [Class, string];
      return isIdempotent((controller.prototype as Record<string, object>)[method]);
    });
    expect(marked.sort()).toEqual([...IDEMPOTENT_ROUTES].sort());
    expect(IDEMPOTENT_ROUTES.every((name) => API[name].method === 'POST')).toBe(true);
  });
});

import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, linkedSignal, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { BuddyAccountView, BuddyDetail, CertificateView, CohortSummary, EnrolmentView } from '@peerpath/contracts';
import { closedRecordAllows, holdsRole } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { buddyProgressResource, buddyResource } from '@peerpath/web/buddies/buddies.api';
import { accountResource, decisionsResource, prisonPolicyResource, transfersResource } from '@peerpath/web/buddies/buddy-record.api';
import { certificatesToSummarise, nextStepView, type OverviewRecords, overviewOf, weeklyHoursText } from '@peerpath/web/buddies/buddy-overview';
import { EnrolForm } from '@peerpath/web/buddies/enrol-form';
import { journeyEvents } from '@peerpath/web/buddies/journey';
import { JourneyTimeline } from '@peerpath/web/buddies/journey-timeline';
import { KioskAccount } from '@peerpath/web/buddies/kiosk-account';
import { SelectionForm } from '@peerpath/web/buddies/selection-form';
import { mayCoordinateAt, SELECTION_TAGS, STAGE_TAGS } from '@peerpath/web/buddies/selection-labels';
import { TrainingSoFar } from '@peerpath/web/buddies/training-so-far';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { focusAfterRender, SUCCESS_BANNER_HEADING } from '@peerpath/web/govuk/focus';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { AllocationList } from '@peerpath/web/allocation/allocation-list';
import { buddyAllocationsResource } from '@peerpath/web/allocation/allocation.api';
import { CertificateList } from '@peerpath/web/certification/certificate-list';
import { CERTIFICATE_TAGS } from '@peerpath/web/certification/certification-labels';
import { CertificationApi, certificatesResource, eligibilityResource } from '@peerpath/web/certification/certification.api';
import { EligibilityPanel } from '@peerpath/web/certification/eligibility-panel';
import { supervisionResource } from '@peerpath/web/supervision/supervision.api';
import { SupervisionSection } from '@peerpath/web/supervision/supervision-section';
import { SUPERVISION_TAGS, supervisionStatusText } from '@peerpath/web/supervision/supervision-labels';
import { formatDate } from '@peerpath/web/govuk/dates';

/** What the page may offer the signed-in person for this buddy. */
export interface BuddyActions {
  /** The selection form is open: a first decision, or a coordinator chose to change it. */
  selectionForm: boolean;
  /** "Change the decision" is offered (decided, form closed). */
  changeDecision: boolean;
  enrol: boolean;
}

export function buddyActions(buddy: Pick<BuddyDetail, 'selectionStatus'>, mayCoordinate: boolean, redeciding: boolean): BuddyActions {
  if (!mayCoordinate) return { selectionForm: false, changeDecision: false, enrol: false };
  const undecided = buddy.selectionStatus === 'applied';
  return {
    selectionForm: undecided || redeciding,
    changeDecision: !undecided && !redeciding,
    enrol: buddy.selectionStatus === 'approved' && !redeciding,
  };
}

/**
 * Who may change this record: a coordinator at the buddy's prison, while it is open. A released
 * buddy's record is kept read-only (BRIEF: transfer and release); auditors and admins only read.
 */
export function mayChangeRecord(buddy: Pick<BuddyDetail, 'prisonCode' | 'releasedOn'>, mayCoordinate: boolean): boolean {
  return mayCoordinate && buddy.releasedOn === null;
}

/** The error summary lines for a refusal that lists a rule's reasons (NOT_ELIGIBLE), or the usual ones. */
export function refusalErrorsOf(error: unknown): SummaryError[] {
  const reasons = apiErrorOf(error)?.reasons ?? [];
  return reasons.length > 0 ? reasons.map((r) => ({ field: null, text: r.message })) : summaryErrorsOf(error, () => null);
}

/** Router navigation state that carries a success message to the record (not storage: a reload does not repeat it). */
export interface BuddyPageState {
  banner?: string;
}

/** The words after a certificate is issued: what it means for the buddy, not only that a record was made. */
export function certificateIssuedMessage(buddy: Pick<BuddyDetail, 'firstName' | 'lastName'>, certificate: Pick<CertificateView, 'number' | 'programmeTitle' | 'expiresOn'>): string {
  return `Certificate issued: ${buddy.firstName} ${buddy.lastName} is now a certified buddy for ${certificate.programmeTitle}. Certificate ${certificate.number} is valid until ${formatDate(certificate.expiresOn)}.`;
}

/** The sections of the record, in the order of the journey, for the contents list. */
export const SECTIONS = [
  { id: 'selection', text: 'Selection' },
  { id: 'training', text: 'Training so far' },
  { id: 'certification', text: 'Certification' },
  { id: 'supervision', text: 'Supervision' },
  { id: 'allocations', text: 'Allocations' },
  { id: 'journey', text: 'Journey so far' },
  { id: 'kiosk', text: 'Kiosk sign-in' },
] as const;

@Component({
  selector: 'pp-buddy-page',
  imports: [
    RouterLink,
    DatePipe,
    SelectionForm,
    TrainingSoFar,
    EnrolForm,
    ErrorSummary,
    EligibilityPanel,
    CertificateList,
    SupervisionSection,
    AllocationList,
    KioskAccount,
    JourneyTimeline,
    SuccessBanner,
  ],
  templateUrl: './buddy.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuddyPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  private readonly api = inject(CertificationApi);
  private readonly injector = inject(Injector);
  protected readonly buddy = buddyResource(this.id);
  protected readonly notFound = computed(() => {
    const error = this.buddy.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  private readonly loaded = computed(() => this.buddy.hasValue());
  protected readonly progress = buddyProgressResource(this.id, this.loaded);
  protected readonly supervision = supervisionResource(this.id, this.loaded);
  protected readonly eligibility = eligibilityResource(this.id, this.loaded);
  protected readonly certificates = certificatesResource(this.id, this.loaded);
  protected readonly decisions = decisionsResource(this.id, this.loaded);
  protected readonly transfers = transfersResource(this.id, this.loaded);
  protected readonly allocations = buddyAllocationsResource(this.id, this.loaded);
  protected readonly account = accountResource(this.id, this.loaded);
  protected readonly tags = SELECTION_TAGS;
  protected readonly stageTags = STAGE_TAGS;
  protected readonly certificateTags = CERTIFICATE_TAGS;
  protected readonly supervisionTags = SUPERVISION_TAGS;
  protected readonly supervisionText = supervisionStatusText;
  protected readonly sections = SECTIONS;
  private readonly prisonCode = computed(() => valueOf(this.buddy)?.prisonCode);
  protected readonly policy = prisonPolicyResource(this.prisonCode);

  /** Set when a coordinator opens the form to change a decision; closes again for another buddy. */
  protected readonly redeciding = linkedSignal({ source: this.id, computation: () => false });
  /** A message from the page that sent us here (e.g. "Supervision recorded"), then this page's own. */
  private readonly flashed = bannerFrom(inject(Router)) ?? inject(Flash).take();
  protected readonly success = linkedSignal<string, string | null>({
    source: this.id,
    computation: (_, previous) => (previous === undefined ? this.flashed : null),
  });
  protected readonly issueErrors = signal<readonly SummaryError[]>([]);
  protected readonly issuing = signal(false);

  protected readonly mayCoordinate = computed(() => {
    const buddy = valueOf(this.buddy);
    return !!buddy && mayCoordinateAt(this.auth.currentUser()?.roles ?? [], buddy.prisonCode);
  });
  /** A coordinator at the buddy's prison, and the record still open. */
  protected readonly mayChange = computed(() => {
    const buddy = valueOf(this.buddy);
    return !!buddy && mayChangeRecord(buddy, this.mayCoordinate());
  });
  /** Concerns may be raised by coordinators, trainers and admins (API: CONCERN_RAISERS). */
  /** A concern may be recorded against a released buddy too, as history (closedRecordAllows). */
  protected readonly mayRaiseConcern = computed(
    () => (this.mayCoordinate() && (this.mayChange() || closedRecordAllows('raiseConcern'))) || holdsRole(this.auth.currentUser()?.roles ?? [], ['admin']),
  );
  /** Auditors and admins follow the record's changes in the audit trail. */
  protected readonly mayReadAuditTrail = computed(() => mayOpen('auditTrail', this.auth.roles()));

  protected readonly actions = computed<BuddyActions>(() => {
    const buddy = valueOf(this.buddy);
    if (!buddy) return { selectionForm: false, changeDecision: false, enrol: false };
    return buddyActions(buddy, this.mayChange(), this.redeciding());
  });
  /** Everything loaded so far, for the summary, the next step and the actions that apply. */
  private readonly records = computed<OverviewRecords | undefined>(() => {
    const buddy = valueOf(this.buddy);
    if (!buddy) return undefined;
    return {
      buddy,
      progress: valueOf(this.progress),
      supervision: valueOf(this.supervision),
      eligibility: valueOf(this.eligibility),
      certificates: valueOf(this.certificates),
      allocations: valueOf(this.allocations),
      weeklyHoursCap: valueOf(this.policy)?.weeklyHoursCap,
    };
  });
  protected readonly overview = computed(() => {
    const records = this.records();
    return records ? overviewOf(records) : undefined;
  });
  protected readonly nextStep = computed(() => {
    const records = this.records();
    const overview = this.overview();
    return records && overview ? nextStepView(overview.step, records, this.mayChange()) : null;
  });
  protected readonly summaryCertificates = computed(() => certificatesToSummarise(valueOf(this.certificates) ?? []));
  protected readonly hoursText = computed(() => {
    const allocations = valueOf(this.allocations);
    return allocations ? weeklyHoursText(allocations, valueOf(this.policy)?.weeklyHoursCap) : null;
  });
  /** Supervision and allocation only where they apply (never for an applicant), and only for those who may act. */
  protected readonly mayRecordSupervision = computed(() => this.mayChange() && !!this.overview()?.actions.recordSupervision);
  protected readonly mayAllocate = computed(() => this.mayChange() && !!this.overview()?.actions.allocate);

  protected readonly activeCohortIds = computed(() =>
    (this.progress.hasValue() ? this.progress.value().enrolments : []).filter((e) => e.status === 'active').map((e) => e.cohortId),
  );
  protected readonly journey = computed(() => {
    const buddy = valueOf(this.buddy);
    if (!buddy) return [];
    // Parts that failed to load are left out; their sections say so.
    return journeyEvents({
      buddy,
      progress: this.progress.hasValue() ? this.progress.value() : undefined,
      decisions: this.decisions.hasValue() ? this.decisions.value() : undefined,
      supervisions: this.supervision.hasValue() ? this.supervision.value().sessions : undefined,
      certificates: this.certificates.hasValue() ? this.certificates.value() : undefined,
      allocations: this.allocations.hasValue() ? this.allocations.value() : undefined,
      transfers: this.transfers.hasValue() ? this.transfers.value() : undefined,
    });
  });

  constructor() {
    // The route's title says "Buddy"; once the record is here, the tab names the person.
    const title = inject(Title);
    effect(() => {
      const buddy = valueOf(this.buddy);
      if (buddy) title.setTitle(`${buddy.firstName} ${buddy.lastName} – ${SERVICE_NAME}`);
    });
  }

  protected onDecided(updated: BuddyDetail): void {
    this.buddy.set(updated);
    this.redeciding.set(false);
    this.success.set(`Selection decision recorded: ${SELECTION_TAGS[updated.selectionStatus].text.toLowerCase()}.`);
    this.eligibility.reload();
  }

  protected onEnrolled(event: { enrolment: EnrolmentView; cohort: CohortSummary }): void {
    this.success.set(`${event.enrolment.firstName} ${event.enrolment.lastName} is enrolled in ${event.cohort.name}.`);
    this.progress.reload();
    this.eligibility.reload();
    // Supervision's clock starts with the training.
    this.supervision.reload();
  }

  protected onPinSet(account: BuddyAccountView): void {
    this.account.set(account);
    this.success.set(`PIN set. ${valueOf(this.buddy)?.firstName ?? 'The buddy'} can sign in with their prison number, ${account.username}, and the new PIN.`);
  }

  protected async issue(): Promise<void> {
    if (this.issuing()) return;
    this.issuing.set(true);
    try {
      const certificate = await this.api.issueCertificate(this.id());
      this.issueErrors.set([]);
      this.success.set(certificateIssuedMessage(valueOf(this.buddy) ?? { firstName: 'The', lastName: 'buddy' }, certificate));
      // The button goes once the certificate is issued: focus moves to what happened.
      focusAfterRender(this.injector, SUCCESS_BANNER_HEADING);
    } catch (error) {
      this.issueErrors.set(refusalErrorsOf(error));
    } finally {
      this.issuing.set(false);
      this.certificates.reload();
      this.eligibility.reload();
    }
  }

  /** A contents link: move to the section and put focus on its heading, without leaving the page. */
  protected jumpTo(event: Event, id: string): void {
    event.preventDefault();
    const heading = document.getElementById(`${id}-heading`);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    heading.scrollIntoView?.();
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
  }

  /** The address of a section, for the contents list (followed without script as an ordinary link). */
  protected sectionHref(id: string): string {
    return `/buddies/${encodeURIComponent(this.id())}#${id}`;
  }
}

/** A message carried in the navigation that opened this page (e.g. "Applicant added"), if any. */
export function bannerFrom(router: Pick<Router, 'currentNavigation'>): string | null {
  const state = router.currentNavigation()?.extras.state as BuddyPageState | undefined;
  return typeof state?.banner === 'string' ? state.banner : null;
}

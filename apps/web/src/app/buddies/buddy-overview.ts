import type { AllocationView, BuddyDetail, BuddyProgress, BuddySupervision, CertificateView, EligibilityView } from '@peerpath/contracts';
import { applicableActions, bestCertificate, buddyAllocationOutcome, journeyStage, nextStep, type ApplicableActions, type NextStep, type NextStepFacts } from '@peerpath/domain';
import { formatDate } from '@peerpath/web/govuk/dates';
import { plural } from '@peerpath/web/govuk/plural';

/** What the page has loaded about a buddy; parts still loading (or refused) are undefined. */
export interface OverviewRecords {
  buddy: BuddyDetail;
  progress?: BuddyProgress;
  supervision?: BuddySupervision;
  eligibility?: EligibilityView;
  certificates?: readonly CertificateView[];
  allocations?: readonly AllocationView[];
  weeklyHoursCap?: number;
}

/** Planned weekly hours of the buddy's active allocations. */
export function activeWeeklyHours(allocations: readonly AllocationView[]): number {
  return allocations.filter((a) => a.status === 'active').reduce((sum, a) => sum + a.plannedWeeklyHours, 0);
}

/**
 * The facts nextStep() and applicableActions() read, from what the page loaded. The buddy's
 * stage from the API is journeyStage() already; "in training" is read back from it, and the
 * certificate comes from the certificates themselves so that issuing one shows at once.
 */
export function nextStepFacts(r: OverviewRecords): NextStepFacts {
  const { buddy } = r;
  const best = r.certificates ? bestCertificate(r.certificates) : null;
  const supervision = r.supervision?.status ?? { state: 'not_started' as const, daysOverdue: 0 };
  const activeHours = r.allocations ? activeWeeklyHours(r.allocations) : null;
  const allocation =
    best && activeHours !== null && r.weeklyHoursCap !== undefined
      ? buddyAllocationOutcome({
          certificate: { status: best.status, number: best.number, expiresOn: best.expiresOn },
          released: buddy.releasedOn !== null,
          selectionApproved: buddy.selectionStatus === 'approved',
          prisonCode: buddy.prisonCode,
          supervision: { state: supervision.state, daysOverdue: supervision.daysOverdue },
          activeWeeklyHours: activeHours,
          weeklyHoursCap: r.weeklyHoursCap,
        })
      : null;
  return {
    released: buddy.releasedOn !== null,
    selectionStatus: buddy.selectionStatus,
    certificate: best?.status ?? (r.certificates ? null : certificateFromStage(buddy)),
    inTraining: buddy.stage === 'in_training',
    enrolled: (r.progress?.enrolments ?? []).some((e) => e.status === 'active'),
    eligibility: r.eligibility ?? null,
    supervision: supervision.state,
    allocation,
  };
}

/** Until the certificates arrive, the API's stage says what the best one is. */
function certificateFromStage(buddy: BuddyDetail): NextStepFacts['certificate'] {
  if (buddy.stage === 'certified') return 'valid';
  if (buddy.stage === 'suspended') return 'suspended';
  if (buddy.stage === 'expired') return 'expired';
  return null;
}

export interface Overview {
  stage: ReturnType<typeof journeyStage>;
  step: NextStep;
  actions: ApplicableActions;
}

export function overviewOf(r: OverviewRecords): Overview {
  const facts = nextStepFacts(r);
  return { stage: journeyStage(facts), step: nextStep(facts), actions: applicableActions(facts) };
}

/** Where a next step sends the reader: a section of this page, or another page. */
export type StepTarget = { section: string } | { route: readonly string[]; query?: Record<string, string> };

export interface NextStepView {
  heading: string;
  text: string;
  link: { text: string; target: StepTarget };
}

/**
 * The "Next step" panel in words. A coordinator who may act is sent to the form; anyone else
 * to the section that explains it.
 */
export function nextStepView(step: NextStep, r: OverviewRecords, mayAct: boolean): NextStepView | null {
  const name = `${r.buddy.firstName} ${r.buddy.lastName}`;
  const programme = r.eligibility?.programmeTitle ?? 'their programme';
  const status = r.supervision?.status;
  switch (step) {
    case 'decide-selection':
      return {
        heading: 'Decide on the application',
        text: `${name} applied on ${formatDate(r.buddy.appliedOn)}. Record the security check and risk assessment, then approve or decline.`,
        link: { text: 'Record the selection decision', target: { section: 'selection' } },
      };
    case 'enrol':
      return {
        heading: 'Enrol in a cohort',
        text: `${name} is approved and waiting for a training place.`,
        link: { text: mayAct ? 'Enrol in a cohort' : 'See training so far', target: { section: 'training' } },
      };
    case 'await-training': {
      const cohort = r.progress?.enrolments.find((e) => e.status === 'active');
      return {
        heading: 'Wait for training to start',
        text: `${name} has a place on ${cohort ? `${cohort.cohortName} (${cohort.programmeTitle})` : 'a cohort'}. Supervision starts with the training.`,
        link: { text: 'See training so far', target: { section: 'training' } },
      };
    }
    case 'record-assessment':
      return {
        heading: `Complete training: ${programme}`,
        text: r.eligibility
          ? `${r.eligibility.modulesComplete} of ${plural(r.eligibility.modulesTotal, 'module')} complete. The cohort’s trainers record assessment decisions; a certificate can be issued once everything is met.`
          : 'The cohort’s trainers record assessment decisions.',
        link: { text: 'See what is still needed', target: { section: 'certification' } },
      };
    case 'record-supervision': {
      const why =
        status?.state === 'overdue'
          ? `Supervision is ${plural(status.daysOverdue, 'day')} overdue: no new allocation can be made until it is recorded.`
          : status?.state === 'due_soon' && status.nextDueOn
            ? `The next supervision is due by ${formatDate(status.nextDueOn)}.`
            : `${name} needs a supervision session during training before a certificate can be issued.`;
      return {
        heading: 'Record a supervision',
        text: why,
        link: mayAct
          ? { text: 'Record a supervision', target: { route: ['/buddies', r.buddy.id, 'supervision', 'new'] } }
          : { text: 'See supervision', target: { section: 'supervision' } },
      };
    }
    case 'issue-certificate':
      return {
        heading: `Issue the certificate: ${programme}`,
        text: `${name} has met everything the ${programme} certificate needs.`,
        link: { text: mayAct ? 'Issue the certificate' : 'See certification', target: { section: 'certification' } },
      };
    case 'allocate': {
      const hours = r.allocations ? activeWeeklyHours(r.allocations) : 0;
      const cap = r.weeklyHoursCap;
      return {
        heading: 'Allocate to someone who needs support',
        text: `${name} is certified and supervised${cap === undefined ? '' : `, with ${plural(hours, 'hour')} of ${cap} a week allocated`}.`,
        link: mayAct
          ? { text: 'Allocate to someone', target: { route: ['/allocations/new'], query: { buddy: r.buddy.id } } }
          : { text: 'See allocations', target: { section: 'allocations' } },
      };
    }
    case 'renew':
      return {
        heading: 'Renew the certificate',
        text: `${name}’s certificate has expired. It is renewed by refresher: the renewal page lists what is still needed.`,
        link: { text: 'See the certificate', target: { section: 'certification' } },
      };
    case 'review-concern':
      return {
        heading: 'Review the concern',
        text: `${name}’s certificate is suspended while a concern is reviewed. Record the outcome, then reinstate or revoke the certificate.`,
        link: { text: 'Go to concerns', target: { route: ['/concerns'] } },
      };
    case 'none':
      return null;
  }
}

/** "4.5 of 10 hours a week", or only the hours when the prison's cap could not be read. */
export function weeklyHoursText(allocations: readonly AllocationView[], cap: number | undefined): string {
  const hours = activeWeeklyHours(allocations);
  const count = allocations.filter((a) => a.status === 'active').length;
  const allocated = cap === undefined ? `${plural(hours, 'hour')} a week` : `${hours} of ${plural(cap, 'hour')} a week (the prison’s cap)`;
  return `${allocated}, ${plural(count, 'active allocation')}`;
}

/** Certificates that still say something about the buddy: all but those replaced by a renewal. */
export function certificatesToSummarise(certificates: readonly CertificateView[]): CertificateView[] {
  return certificates.filter((c) => c.status !== 'superseded');
}

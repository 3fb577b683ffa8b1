import type { AllocationGateCode, CertificateStatus, EligibilityCode, RuleOutcome, SupervisionState } from '@peerpath/contracts';
import { allocationGate } from './allocation';
import { closedRecordAllows, type BuddyRecordAction } from './closed-record';
import { journeyStage, type JourneyFacts } from './journey';

/** The smallest allocation a coordinator may plan (the API refuses less than half an hour a week). */
export const MIN_PLANNED_WEEKLY_HOURS = 0.5;

/** What the allocation gate needs to know about the buddy alone, before anyone is chosen to support. */
export interface BuddyAllocationFacts {
  certificate: { status: CertificateStatus; number: string; expiresOn: string } | null;
  released: boolean;
  selectionApproved: boolean;
  prisonCode: string;
  supervision: { state: SupervisionState; daysOverdue: number };
  activeWeeklyHours: number;
  weeklyHoursCap: number;
}

/**
 * Could this buddy take on any more work? The allocation gate itself, asked about the smallest
 * allocation to someone at the buddy's own prison by one of its coordinators: what is left are
 * the buddy's own reasons (certificate, record, selection, supervision, hours).
 */
export function buddyAllocationOutcome(f: BuddyAllocationFacts): RuleOutcome<AllocationGateCode> {
  return allocationGate({
    certificate: f.certificate,
    buddyRecordClosed: f.released,
    selectionApproved: f.selectionApproved,
    buddyPrison: f.prisonCode,
    recipientPrison: f.prisonCode,
    coordinatorPrisons: [f.prisonCode],
    supervision: f.supervision,
    activeWeeklyHours: f.activeWeeklyHours,
    plannedWeeklyHours: MIN_PLANNED_WEEKLY_HOURS,
    weeklyHoursCap: f.weeklyHoursCap,
    tasks: ['company_activities'],
    alreadyAllocatedToRecipient: false,
  });
}

/** What the record's next step is decided from: the journey's facts and the other rules' answers. */
export interface NextStepFacts extends JourneyFacts {
  /** An active place on a cohort, started or not (withdrawn places do not count). */
  enrolled: boolean;
  /** certificationEligibility's answer for the latest training; null while unknown. */
  eligibility: { allowed: boolean; reasons: readonly { code: EligibilityCode }[] } | null;
  /** supervisionState's answer: 'not_started' until training starts. */
  supervision: SupervisionState;
  /** buddyAllocationOutcome's answer; null while unknown. */
  allocation: { allowed: boolean } | null;
}

export type NextStep =
  | 'decide-selection'
  | 'enrol'
  | 'await-training'
  | 'record-assessment'
  | 'record-supervision'
  | 'issue-certificate'
  | 'allocate'
  | 'renew'
  | 'review-concern'
  | 'none';

/**
 * The one thing that moves this buddy along the journey now (BRIEF: the buddy's journey), from
 * the rules that already decide each step: journeyStage, certificationEligibility,
 * supervisionState and the allocation gate. Supervision comes before new work, because an
 * overdue supervision closes the gate (the guard against exploitation).
 */
export function nextStep(f: NextStepFacts): NextStep {
  const stage = journeyStage(f);
  switch (stage) {
    case 'released':
    case 'declined':
      return 'none';
    case 'applied':
      return 'decide-selection';
    case 'suspended':
      return 'review-concern';
    case 'expired':
      return 'renew';
    case 'certified':
      if (f.supervision === 'overdue' || f.supervision === 'due_soon') return 'record-supervision';
      return f.allocation?.allowed ? 'allocate' : 'none';
  }
  // Approved, or in training.
  if (f.eligibility?.allowed) return 'issue-certificate';
  if (!f.enrolled) return 'enrol';
  if (f.supervision === 'not_started') return 'await-training';
  if (f.supervision === 'overdue') return 'record-supervision';
  const unmet = new Set(f.eligibility?.reasons.map((r) => r.code) ?? []);
  if (unmet.has('MODULES_INCOMPLETE') || unmet.has('ATTENDANCE_BELOW_THRESHOLD')) return 'record-assessment';
  if (unmet.has('NO_SUPERVISION_DURING_TRAINING')) return 'record-supervision';
  return 'none';
}

/** The actions a record offers at all; who may take them is a separate question (role and scope). */
export interface ApplicableActions {
  /** Supervision runs from the start of training: not for applicants, the declined or the released. */
  recordSupervision: boolean;
  /** Only a buddy holding a valid certificate is allocated (the gate says why not, case by case). */
  allocate: boolean;
  enrol: boolean;
}

export function applicableActions(f: Pick<NextStepFacts, keyof JourneyFacts | 'enrolled'>): ApplicableActions {
  const stage = journeyStage(f);
  const working = stage === 'in_training' || stage === 'certified' || stage === 'suspended' || stage === 'expired' || (stage === 'approved' && f.enrolled);
  // A released buddy's closed record takes only what closedRecordAllows.
  const open = (action: BuddyRecordAction) => !f.released || closedRecordAllows(action);
  return {
    recordSupervision: working && open('recordSupervision'),
    allocate: stage === 'certified' && open('allocate'),
    enrol: open('enrol') && f.selectionStatus === 'approved',
  };
}

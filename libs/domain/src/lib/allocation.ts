import type { AllocationGateCode, AllocationTask, CertificateStatus, RuleOutcome, RuleReason, SupervisionState } from '@peerpath/contracts';
import { formatDate } from './dates';

export const ALLOCATION_TASKS = [
  'cleaning_living_space',
  'collecting_meals',
  'escorting_mobility',
  'wheelchair_assistance',
  'reading_writing',
  'company_activities',
] as const satisfies readonly AllocationTask[];

export const TASK_LABELS: Record<AllocationTask, string> = {
  cleaning_living_space: 'Cleaning the living space',
  collecting_meals: 'Collecting meals',
  escorting_mobility: 'Escorting and mobility',
  wheelchair_assistance: 'Pushing a wheelchair',
  reading_writing: 'Reading and writing (applications, menus)',
  company_activities: 'Company and activities',
};

export const DEFAULT_WEEKLY_HOURS_CAP = 10;

/** What the gate needs to know, gathered by whoever asks (API before writing, web app before submitting). */
export interface AllocationFacts {
  certificate: { status: CertificateStatus; number: string; expiresOn: string } | null;
  buddyRecordClosed: boolean;
  /** Still approved at selection: a later decision to decline stops new allocations at once. */
  selectionApproved: boolean;
  buddyPrison: string;
  recipientPrison: string;
  /** Prisons where the person allocating is a coordinator. */
  coordinatorPrisons: readonly string[];
  supervision: { state: SupervisionState; daysOverdue: number };
  /** Planned weekly hours of the buddy's other active allocations. */
  activeWeeklyHours: number;
  plannedWeeklyHours: number;
  weeklyHoursCap: number;
  tasks: readonly string[];
  alreadyAllocatedToRecipient: boolean;
}

const reason = (code: AllocationGateCode, message: string): RuleReason<AllocationGateCode> => ({ code, message });
const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;

/**
 * The allocation gate (BRIEF: allocation): nobody is allocated to care for another prisoner
 * unless they hold a valid certificate, are at that prison, are not overdue for supervision,
 * and their weekly hours stay within the prison's cap (the guard against exploitation).
 * Returns every reason it fails, so a coordinator sees them all at once.
 */
export function allocationGate(f: AllocationFacts): RuleOutcome<AllocationGateCode> {
  const reasons: RuleReason<AllocationGateCode>[] = [];
  if (f.buddyRecordClosed) reasons.push(reason('BUDDY_RECORD_CLOSED', 'The buddy’s record is closed'));
  if (!f.selectionApproved) reasons.push(reason('SELECTION_NOT_APPROVED', 'The buddy is not approved at selection'));
  const cert = f.certificate;
  if (!cert) reasons.push(reason('NO_CERTIFICATE', 'The buddy does not hold a certificate'));
  else if (cert.status === 'expired') reasons.push(reason('CERTIFICATE_EXPIRED', `Certificate ${cert.number} expired on ${formatDate(cert.expiresOn)}`));
  else if (cert.status === 'suspended') reasons.push(reason('CERTIFICATE_SUSPENDED', `Certificate ${cert.number} is suspended`));
  else if (cert.status === 'revoked') reasons.push(reason('CERTIFICATE_REVOKED', `Certificate ${cert.number} has been revoked`));

  if (!f.coordinatorPrisons.includes(f.buddyPrison)) reasons.push(reason('BUDDY_NOT_AT_YOUR_PRISON', `The buddy is at ${f.buddyPrison}, which is not one of your prisons`));
  if (!f.coordinatorPrisons.includes(f.recipientPrison)) reasons.push(reason('RECIPIENT_NOT_AT_YOUR_PRISON', `The person needing support is at ${f.recipientPrison}, which is not one of your prisons`));
  if (f.buddyPrison !== f.recipientPrison) reasons.push(reason('DIFFERENT_PRISONS', `The buddy (${f.buddyPrison}) and the person needing support (${f.recipientPrison}) are at different prisons`));

  if (f.supervision.state === 'overdue') reasons.push(reason('SUPERVISION_OVERDUE', `Supervision is ${f.supervision.daysOverdue} day${f.supervision.daysOverdue === 1 ? '' : 's'} overdue`));

  const total = f.activeWeeklyHours + f.plannedWeeklyHours;
  if (total > f.weeklyHoursCap) {
    reasons.push(reason('OVER_WEEKLY_HOURS_CAP', `This would make ${hours(total)} a week (${hours(f.activeWeeklyHours)} already allocated); the cap is ${hours(f.weeklyHoursCap)}`));
  }
  if (f.tasks.length === 0) reasons.push(reason('NO_TASKS', 'Choose at least one task'));
  if (f.alreadyAllocatedToRecipient) reasons.push(reason('ALREADY_ALLOCATED_TO_RECIPIENT', 'The buddy is already allocated to this person'));
  return { allowed: reasons.length === 0, reasons };
}

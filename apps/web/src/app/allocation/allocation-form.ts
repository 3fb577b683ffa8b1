import type { AllocationGateCode, AllocationRequest, AllocationTask, BuddySummary, JourneyStage, RecipientSummary, RuleOutcome, RuleReason } from '@peerpath/contracts';
import { ALLOCATION_TASKS } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { DateParts, formatDate, isoDateOf } from '@peerpath/web/govuk/dates';
import type { RadioItem } from '@peerpath/web/govuk/radios';
import { SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';

export interface AllocationFormValue {
  buddyId: string;
  recipientId: string;
  /** One box per permitted task; intimate care has no box because it is not a task (BRIEF: allocation). */
  tasks: Record<AllocationTask, boolean>;
  plannedWeeklyHours: string;
  startsOn: DateParts;
}

/** The id of each task's checkbox; the first is "tasks", where error summary links land (GOV.UK checkboxes). */
export function taskCheckboxId(task: AllocationTask): string {
  const index = ALLOCATION_TASKS.indexOf(task);
  return index === 0 ? 'tasks' : `tasks-${index + 1}`;
}

/** Where each request field lives on the page, for error summary links. */
export function allocationFieldId(path: string): string | null {
  if (path === 'startsOn') return 'startsOn-day';
  if (path === 'tasks' || path.startsWith('tasks.')) return 'tasks';
  return ['buddyId', 'recipientId', 'plannedWeeklyHours'].includes(path) ? path : null;
}

/** Hours a week as typed ("6", "2.5"), or null unless it is what the API accepts: 0.5 to 40, at most one decimal place. */
export function weeklyHoursOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}(\.\d)?$/.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours >= 0.5 && hours <= 40 ? hours : null;
}

export function chosenTasks(tasks: Record<AllocationTask, boolean>): AllocationTask[] {
  return ALLOCATION_TASKS.filter((task) => tasks[task]);
}

/**
 * The request for a filled-in form, or what is missing. These checks only save a round trip:
 * the API checks everything again, the gate included.
 */
export function allocationRequestOf(
  value: AllocationFormValue,
  today: string,
): { request: AllocationRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  if (!value.buddyId) errors.push({ field: 'buddyId', text: 'Choose a buddy' });
  if (!value.recipientId) errors.push({ field: 'recipientId', text: 'Choose the person needing support' });
  const tasks = chosenTasks(value.tasks);
  if (tasks.length === 0) errors.push({ field: 'tasks', text: 'Choose at least one task' });
  const plannedWeeklyHours = weeklyHoursOf(value.plannedWeeklyHours);
  if (!value.plannedWeeklyHours.trim()) errors.push({ field: 'plannedWeeklyHours', text: 'Enter the planned hours a week' });
  else if (plannedWeeklyHours === null) {
    errors.push({ field: 'plannedWeeklyHours', text: 'Enter planned hours a week between 0.5 and 40, for example 6 or 2.5' });
  }
  const startsOn = isoDateOf(value.startsOn);
  if (!startsOn) errors.push({ field: 'startsOn-day', text: 'Enter the start date as a real date, for example 27 3 2026' });
  else if (startsOn < today) errors.push({ field: 'startsOn-day', text: 'The start date cannot be in the past' });
  if (errors.length > 0 || plannedWeeklyHours === null || !startsOn) return { errors };
  return { request: { buddyId: value.buddyId, recipientId: value.recipientId, tasks, plannedWeeklyHours, startsOn } };
}

/**
 * What to ask the gate while the form is being filled in, or undefined while there is too little
 * to ask about. The gate needs a buddy, a person and the hours; no task yet is itself a reason
 * it gives. The start date is not part of the gate, so an unfinished one is sent as today.
 */
export function checkRequestOf(value: AllocationFormValue, today: string): AllocationRequest | undefined {
  const plannedWeeklyHours = weeklyHoursOf(value.plannedWeeklyHours);
  if (!value.buddyId || !value.recipientId || plannedWeeklyHours === null) return undefined;
  const startsOn = isoDateOf(value.startsOn);
  return {
    buddyId: value.buddyId,
    recipientId: value.recipientId,
    tasks: chosenTasks(value.tasks),
    plannedWeeklyHours,
    startsOn: startsOn && startsOn >= today ? startsOn : today,
  };
}

export type GateDisplay =
  | { kind: 'incomplete' }
  | { kind: 'checking' }
  | { kind: 'allowed' }
  | { kind: 'refused'; reasons: RuleReason<AllocationGateCode>[] }
  | { kind: 'failed' };

/**
 * What the form says about the gate before submitting. `pending` means the form has changed
 * since the last answer was asked for (the check waits for typing to pause), so that answer no
 * longer describes what is on screen.
 */
export function gateDisplay(state: {
  request: AllocationRequest | undefined;
  pending: boolean;
  loading: boolean;
  failed: boolean;
  outcome: RuleOutcome<AllocationGateCode> | undefined;
}): GateDisplay {
  if (!state.request) return { kind: 'incomplete' };
  if (state.pending || state.loading) return { kind: 'checking' };
  if (state.failed) return { kind: 'failed' };
  if (!state.outcome) return { kind: 'checking' };
  return state.outcome.allowed ? { kind: 'allowed' } : { kind: 'refused', reasons: state.outcome.reasons };
}

/** The field each of the gate's reasons is about, so the error summary can link to it. */
const REASON_FIELDS: Record<AllocationGateCode, string | null> = {
  NO_CERTIFICATE: 'buddyId',
  CERTIFICATE_EXPIRED: 'buddyId',
  CERTIFICATE_SUSPENDED: 'buddyId',
  CERTIFICATE_REVOKED: 'buddyId',
  BUDDY_RECORD_CLOSED: 'buddyId',
  SELECTION_NOT_APPROVED: 'buddyId',
  BUDDY_NOT_AT_YOUR_PRISON: 'buddyId',
  SUPERVISION_OVERDUE: 'buddyId',
  ALREADY_ALLOCATED_TO_RECIPIENT: 'recipientId',
  RECIPIENT_NOT_AT_YOUR_PRISON: 'recipientId',
  DIFFERENT_PRISONS: 'recipientId',
  OVER_WEEKLY_HOURS_CAP: 'plannedWeeklyHours',
  NO_TASKS: 'tasks',
};

export function reasonFieldId(code: string): string | null {
  return (REASON_FIELDS as Record<string, string | null>)[code] ?? null;
}

/** Error summary lines for a failed allocation: every reason the gate refused (409), or the usual field errors. */
export function allocationErrorsOf(error: unknown): SummaryError[] {
  const reasons = apiErrorOf(error)?.reasons ?? [];
  if (reasons.length > 0) return reasons.map((reason) => ({ field: reasonFieldId(reason.code), text: reason.message }));
  return summaryErrorsOf(error, allocationFieldId);
}

const STAGE_NOTES: Partial<Record<JourneyStage, string>> = { certified: 'certified', in_training: 'in training', approved: 'not certified' };

/** The buddy as a picker option: "Elliot Fraser (B5419EF)", hint "Exeter, certified". */
export function buddyOption(buddy: BuddySummary): RadioItem {
  const stage = STAGE_NOTES[buddy.stage] ?? buddy.stage.replace('_', ' ');
  return { value: buddy.id, text: `${buddy.firstName} ${buddy.lastName} (${buddy.prisonNumber})`, hint: `${buddy.prisonName}, ${stage}` };
}

/** "Dennis Shaw (G7155DS), Exeter, waiting since 3 March 2026", flagged when their buddies' certificates are no longer valid. */
export function recipientOptionLabel(recipient: RecipientSummary): string {
  const waiting = recipient.waitingSince ? `, waiting since ${formatDate(recipient.waitingSince)}` : '';
  const attention = recipient.allocationsNeedingAttention > 0 ? ', buddy’s certificate no longer valid' : '';
  return `${recipient.firstName} ${recipient.lastName} (${recipient.prisonNumber}), ${recipient.prisonName}${waiting}${attention}`;
}

import type { SupervisionState, SupervisionStatus } from '@peerpath/contracts';
import { addDays, daysBetween } from './dates';

export const DEFAULT_SUPERVISION_INTERVAL_DAYS = 28;
/** "Due soon" means within the coming week: the coordinators' "due this week" list. */
export const DUE_SOON_DAYS = 7;

/**
 * When the next one-to-one supervision is due (BRIEF: supervision). The clock starts when
 * training starts (at least one supervision during training), then runs from the last
 * supervision every `intervalDays`. Due on the exact day is not yet overdue.
 */
export function supervisionStatus(input: { trainingStartedOn: string | null; lastSupervisedOn: string | null; intervalDays: number; today: string }): SupervisionStatus {
  const nextDueOn = supervisionNextDue(input.trainingStartedOn, input.lastSupervisedOn, input.intervalDays);
  const state = supervisionState(nextDueOn, input.today);
  const daysOverdue = nextDueOn === null ? 0 : Math.max(0, daysBetween(nextDueOn, input.today));
  return { state, lastSupervisedOn: input.lastSupervisedOn, nextDueOn, daysOverdue };
}

/** The next supervision is due `intervalDays` after the last one, or after training started; null before then. */
export function supervisionNextDue(trainingStartedOn: string | null, lastSupervisedOn: string | null, intervalDays: number): string | null {
  const from = lastSupervisedOn ?? trainingStartedOn;
  return from === null ? null : addDays(from, intervalDays);
}

/** Overdue the day after it is due; due soon within the coming week; not started before training. */
export function supervisionState(nextDueOn: string | null, today: string): SupervisionState {
  if (nextDueOn === null) return 'not_started';
  const daysLeft = daysBetween(today, nextDueOn);
  return daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'up_to_date';
}

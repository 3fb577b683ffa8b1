import type { SupervisionStatus } from '@peerpath/contracts';
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
  const from = input.lastSupervisedOn ?? input.trainingStartedOn;
  if (!from) return { state: 'not_started', lastSupervisedOn: null, nextDueOn: null, daysOverdue: 0 };
  const nextDueOn = addDays(from, input.intervalDays);
  const daysLeft = daysBetween(input.today, nextDueOn);
  const state = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'up_to_date';
  return { state, lastSupervisedOn: input.lastSupervisedOn, nextDueOn, daysOverdue: Math.max(0, -daysLeft) };
}

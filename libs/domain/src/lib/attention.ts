import type { AttentionListKey, AttentionRole } from '@peerpath/contracts';

/**
 * What needs doing today (BRIEF: coordinator and trainer homes): the lists, whose role they
 * belong to, their titles, and the rules that are theirs alone.
 */

/** Reminder points before a certificate expires, soonest last. */
export const EXPIRY_REMINDER_DAYS = [90, 60, 30, 7] as const;
export type ExpiryReminder = (typeof EXPIRY_REMINDER_DAYS)[number];

/**
 * Which reminder a certificate with `daysLeft` days to run is in: the nearest reminder point not
 * yet passed (28 days left is the 30-day reminder; 7 or fewer, the 7-day one). Null beyond 90
 * days, and once it has expired.
 */
export function expiryReminder(daysLeft: number): ExpiryReminder | null {
  if (daysLeft < 0 || daysLeft > EXPIRY_REMINDER_DAYS[0]) return null;
  return [...EXPIRY_REMINDER_DAYS].reverse().find((band) => daysLeft <= band) ?? null;
}

/** A criterion "not yet met" for longer than this (four weeks) is one for the trainer to pick up. */
export const NOT_YET_MET_ATTENTION_DAYS = 28;

export const ATTENTION_LISTS = {
  'supervision-overdue': { role: 'coordinator', title: 'Supervision overdue' },
  'supervision-due': { role: 'coordinator', title: 'Supervision due this week' },
  'certificates-expiring': { role: 'coordinator', title: 'Certificates expiring within 90 days' },
  'allocations-attention': { role: 'coordinator', title: 'Allocations needing attention' },
  'concerns-open': { role: 'coordinator', title: 'Open concerns' },
  'applicants-waiting': { role: 'coordinator', title: 'Applicants waiting for a decision' },
  'recipients-waiting': { role: 'coordinator', title: 'Recipients waiting for support' },
  'outcome-reviews-due': { role: 'coordinator', title: 'Outcome reviews due' },
  'sessions-today': { role: 'trainer', title: 'Your sessions today' },
  'registers-not-taken': { role: 'trainer', title: 'Registers not yet taken' },
  'criteria-not-yet-met': { role: 'trainer', title: 'Criteria not yet met for more than 4 weeks' },
} as const satisfies Record<AttentionListKey, { role: AttentionRole; title: string }>;

export const ATTENTION_LIST_KEYS = Object.keys(ATTENTION_LISTS) as AttentionListKey[];

export const isAttentionListKey = (key: string): key is AttentionListKey => Object.prototype.hasOwnProperty.call(ATTENTION_LISTS, key);

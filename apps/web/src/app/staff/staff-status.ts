import type { StaffAccount } from '@peerpath/contracts';
import { formatDate, todayIso } from '@peerpath/web/govuk/dates';

export interface AccountStatus {
  text: string;
  /** A GOV.UK tag colour class; the words alone carry the meaning. */
  colour: string;
}

/** What an admin needs to know about an account at a glance, in words. */
export function accountStatuses(account: StaffAccount, now = new Date()): AccountStatus[] {
  if (account.deactivatedAt) return [{ text: 'Deactivated', colour: 'govuk-tag--grey' }];
  const statuses: AccountStatus[] = [];
  if (account.lockedUntil && new Date(account.lockedUntil) > now) statuses.push({ text: 'Locked', colour: 'govuk-tag--red' });
  if (account.mustChangePassword) statuses.push({ text: 'Temporary password', colour: 'govuk-tag--yellow' });
  if (!statuses.length) statuses.push({ text: 'Active', colour: 'govuk-tag--green' });
  return statuses;
}

/** A moment (sign-in, deactivation) as the day it was in England and Wales: "3 March 2026". */
export function londonDay(timestamp: string): string {
  return formatDate(todayIso(new Date(timestamp)));
}

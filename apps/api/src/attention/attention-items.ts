import type { AttentionItem, AttentionListKey } from '@peerpath/contracts';
import type { AttentionRow } from './attention.sql';

/** "1 day", "12 days". */
const days = (n: number | null) => `${n ?? 0} ${n === 1 ? 'day' : 'days'}`;
const hours = (n: number | null) => `${Number(n ?? 0)} ${n === 1 ? 'hour' : 'hours'}`;

const CONCERN_KINDS: Record<string, string> = { safeguarding: 'Safeguarding concern', boundary: 'Boundary concern' };

/**
 * A list's row in words, with the page where it is dealt with: the coordinator or trainer reads
 * what is wrong and goes straight to the form that puts it right.
 */
export function attentionItem(key: AttentionListKey, row: AttentionRow): AttentionItem {
  const who = { id: row.id, name: row.name, prisonNumber: row.prisonNumber, prisonCode: row.prisonCode, date: row.date, days: row.days };
  switch (key) {
    case 'supervision-overdue':
      return { ...who, what: `Supervision overdue by ${days(row.days)}`, href: `/buddies/${row.id}/supervision/new`, action: 'Record a supervision' };
    case 'supervision-due':
      return {
        ...who,
        what: row.days === 0 ? 'Supervision due today' : `Supervision due in ${days(row.days)}`,
        href: `/buddies/${row.id}/supervision/new`,
        action: 'Record a supervision',
      };
    case 'certificates-expiring':
      return {
        ...who,
        what: `Certificate ${row.detail} expires ${row.days === 0 ? 'today' : `in ${days(row.days)}`} (${row.band}-day reminder)`,
        href: `/buddies/${row.ref}/certificates/${row.id}/renew`,
        action: 'Renew the certificate',
      };
    case 'allocations-attention':
      return {
        ...who,
        what: row.flag
          ? `Certificate ${row.ref === 'none' ? 'missing' : row.ref}: supports ${row.detail}`
          : `Over the weekly cap: ${hours(row.hours)} a week allocated, the cap is ${hours(row.cap)}; supports ${row.detail}`,
        href: `/allocations/${row.id}/end`,
        action: 'End the allocation',
      };
    case 'concerns-open':
      return { ...who, what: `${CONCERN_KINDS[row.detail ?? ''] ?? 'Concern'} open for ${days(row.days)}`, href: `/concerns/${row.id}`, action: 'Review the concern' };
    case 'applicants-waiting':
      return { ...who, what: `Waiting ${days(row.days)} for a selection decision`, href: `/buddies/${row.id}`, action: 'Decide on the application' };
    case 'recipients-waiting':
      return { ...who, what: `Waiting ${days(row.days)} for support`, href: `/recipients/${row.id}`, action: 'Find them a buddy' };
    case 'outcome-reviews-due':
      return {
        ...who,
        what: row.days === 0 ? 'Outcome review due today' : `Outcome review overdue by ${days(row.days)}`,
        href: `/recipients/${row.id}/outcome-review`,
        action: 'Record an outcome review',
      };
    case 'sessions-today':
      return {
        ...who,
        what: `${row.detail}: ${row.flag ? 'register taken' : 'register not yet taken'}`,
        href: `/cohorts/${row.ref}/sessions/${row.id}/register`,
        action: row.flag ? 'Update the register' : 'Take the register',
      };
    case 'registers-not-taken':
      return {
        ...who,
        what: row.days === 0 ? `Register not yet taken today (${row.detail})` : `Register not taken, ${days(row.days)} ago (${row.detail})`,
        href: `/cohorts/${row.ref}/sessions/${row.id}/register`,
        action: 'Take the register',
      };
    case 'criteria-not-yet-met':
      return {
        ...who,
        what: `Criterion ${row.detail}: not yet met for ${days(row.days)}`,
        href: `/cohorts/${row.ref}/modules/${row.ref2}/assess`,
        action: 'Assess again',
      };
  }
}

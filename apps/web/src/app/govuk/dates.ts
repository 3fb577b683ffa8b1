import { prisonToday } from '@peerpath/domain';

/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Today at the prison (Europe/London), as the API counts it, so a date the API calls "in the future" is never today here. */
export function todayIso(now: Date = new Date()): string {
  return prisonToday(now);
}

/** "2026-03-03" as the boxes of a date input: day 3, month 3, year 2026. */
export function datePartsOf(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The ISO date the boxes describe, or null when they are not a real date with a four-digit year. */
export function isoDateOf(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return null;
  }
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Dates as GOV.UK writes them: "3 March 2026" (BRIEF: data and identifiers). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

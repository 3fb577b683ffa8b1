/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no clock change moves a day. */
const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIso = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export function addDays(iso: string, days: number): string {
  return toIso(toUtc(iso) + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The same day `months` later, clamped to the month's end (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const day = Number(iso.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month, Math.min(day, lastDay)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 2026", as GOV.UK services write dates (BRIEF: data and identifiers). */
export function formatDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Prisons in England and Wales keep one calendar (BRIEF: dates are the prison's calendar day). */
export const PRISON_TIME_ZONE = 'Europe/London';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day it is in `timeZone` at the instant `now`, as YYYY-MM-DD. Business dates
 * ("today", due dates, issue and expiry) come from this, never from UTC or the database's
 * clock zone: at 23:30 UTC on a summer evening it is already tomorrow in London.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The time of day in `timeZone` at `now`, as HH:MM (24-hour). */
export function timeIn(timeZone: string, now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return `${parts['hour']}:${parts['minute']}`;
}

/** Today at the prison: the one "today" of every business rule. */
export const prisonToday = (now: Date = new Date()): string => todayIn(PRISON_TIME_ZONE, now);

/** The time of day at the prison, HH:MM. */
export const prisonTime = (now: Date = new Date()): string => timeIn(PRISON_TIME_ZONE, now);

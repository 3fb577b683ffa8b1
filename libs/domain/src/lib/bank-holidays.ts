import { addDays } from './dates';

/**
 * Bank holidays in England and Wales, 2025 to 2028, as published at
 * https://www.gov.uk/bank-holidays (England and Wales). gov.uk publishes about two years
 * ahead; other years come from the usual rules (bankHolidaysByRule). When gov.uk publishes a
 * year, add the whole year here, one-off holidays included (as 2020's moved VE Day, 2022's
 * jubilee and state funeral and 2023's coronation were): the table wins over the rules for
 * every year it holds. Prisons in Scotland and Northern Ireland are out of scope.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: Readonly<Record<string, string>> = {
  '2025-01-01': "New Year's Day",
  '2025-04-18': 'Good Friday',
  '2025-04-21': 'Easter Monday',
  '2025-05-05': 'Early May bank holiday',
  '2025-05-26': 'Spring bank holiday',
  '2025-08-25': 'Summer bank holiday',
  '2025-12-25': 'Christmas Day',
  '2025-12-26': 'Boxing Day',
  '2026-01-01': "New Year's Day",
  '2026-04-03': 'Good Friday',
  '2026-04-06': 'Easter Monday',
  '2026-05-04': 'Early May bank holiday',
  '2026-05-25': 'Spring bank holiday',
  '2026-08-31': 'Summer bank holiday',
  '2026-12-25': 'Christmas Day',
  '2026-12-28': 'Boxing Day (substitute day)',
  '2027-01-01': "New Year's Day",
  '2027-03-26': 'Good Friday',
  '2027-03-29': 'Easter Monday',
  '2027-05-03': 'Early May bank holiday',
  '2027-05-31': 'Spring bank holiday',
  '2027-08-30': 'Summer bank holiday',
  '2027-12-27': 'Christmas Day (substitute day)',
  '2027-12-28': 'Boxing Day (substitute day)',
  '2028-01-03': "New Year's Day (substitute day)",
  '2028-04-14': 'Good Friday',
  '2028-04-17': 'Easter Monday',
  '2028-05-01': 'Early May bank holiday',
  '2028-05-29': 'Spring bank holiday',
  '2028-08-28': 'Summer bank holiday',
  '2028-12-25': 'Christmas Day',
  '2028-12-26': 'Boxing Day',
};

/**
 * The published table covers these dates. Outside them the holidays come from the rules, which
 * cannot know a one-off holiday announced later: a series says which of its dates those are.
 */
export const BANK_HOLIDAYS_KNOWN = { from: '2025-01-01', to: '2028-12-31' } as const;

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * England and Wales bank holidays of a year by the standing rules (Banking and Financial Dealings
 * Act 1971 and the royal proclamations that fix the May and August Mondays): New Year's Day, Good
 * Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas
 * Day and Boxing Day. A holiday on a weekend moves to the next weekday not already a holiday
 * ("substitute day"): Christmas on a Saturday gives Monday 27th and Boxing Day Tuesday 28th;
 * Christmas on a Sunday leaves Boxing Day on Monday 26th and gives Christmas Tuesday 27th.
 */
export function bankHolidaysByRule(year: number): Record<string, string> {
  const easter = easterSunday(year);
  const rules: [string, string][] = [
    [isoDate(year, 1, 1), "New Year's Day"],
    [addDays(easter, -2), 'Good Friday'],
    [addDays(easter, 1), 'Easter Monday'],
    [firstMonday(year, 5), 'Early May bank holiday'],
    [lastMonday(year, 5), 'Spring bank holiday'],
    [lastMonday(year, 8), 'Summer bank holiday'],
    [isoDate(year, 12, 25), 'Christmas Day'],
    [isoDate(year, 12, 26), 'Boxing Day'],
  ];
  const holidays: Record<string, string> = {};
  // Holidays on weekdays keep their day first, so a substitute never displaces one.
  for (const [date, name] of rules) if (!isWeekend(date)) holidays[date] = name;
  for (const [date, name] of rules) {
    if (!isWeekend(date)) continue;
    let day = date;
    while (isWeekend(day) || holidays[day]) day = addDays(day, 1);
    holidays[day] = `${name} (substitute day)`;
  }
  return Object.fromEntries(Object.entries(holidays).sort(([a], [b]) => a.localeCompare(b)));
}

/** The bank holiday on a date (YYYY-MM-DD), from the published table for its years and the rules otherwise. */
export function bankHolidayOn(date: string): string | undefined {
  if (date >= BANK_HOLIDAYS_KNOWN.from && date <= BANK_HOLIDAYS_KNOWN.to) return ENGLAND_AND_WALES_BANK_HOLIDAYS[date];
  return byRuleCache(Number(date.slice(0, 4)))[date];
}

const ruleYears = new Map<number, Record<string, string>>();
function byRuleCache(year: number): Record<string, string> {
  let holidays = ruleYears.get(year);
  if (!holidays) {
    holidays = bankHolidaysByRule(year);
    ruleYears.set(year, holidays);
  }
  return holidays;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;

function firstMonday(year: number, month: number): string {
  const first = isoDate(year, month, 1);
  return addDays(first, (8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
  return addDays(last, -((weekday(last) + 6) % 7));
}

import { BANK_HOLIDAYS_KNOWN, bankHolidayOn } from './bank-holidays';
import { addDays } from './dates';

export interface SessionSeriesRequest {
  /** The first session's date, YYYY-MM-DD. */
  firstOn: string;
  /** 1 for weekly, 2 for fortnightly. */
  everyWeeks: number;
  /** How many weeks (or fortnights) the series spans. */
  occurrences: number;
  skipBankHolidays: boolean;
}

export interface SessionSeries {
  /** The dates to schedule, in order. */
  dates: string[];
  /** Dates in the pattern that fall on a bank holiday, left out rather than moved (a prison regime day differs). */
  skipped: { date: string; holiday: string }[];
  /**
   * Dates in the pattern beyond the published bank-holiday table: checked against the usual rules,
   * but a one-off holiday announced later is not known, so the person checks those themselves.
   */
  unchecked: string[];
}

/**
 * A cohort's sessions as a series, e.g. weekly for 12 weeks. A date on an England and Wales
 * bank holiday is skipped, not moved: regimes run differently that day, and the trainer
 * chooses whether to add a catch-up session rather than have the series guess.
 */
export function sessionSeries(request: SessionSeriesRequest, holidayOn: (date: string) => string | undefined = bankHolidayOn): SessionSeries {
  const series: SessionSeries = { dates: [], skipped: [], unchecked: [] };
  for (let i = 0; i < request.occurrences; i++) {
    const date = addDays(request.firstOn, i * 7 * request.everyWeeks);
    const holiday = holidayOn(date);
    if (request.skipBankHolidays && holiday) {
      series.skipped.push({ date, holiday });
      continue;
    }
    if (request.skipBankHolidays && (date < BANK_HOLIDAYS_KNOWN.from || date > BANK_HOLIDAYS_KNOWN.to)) series.unchecked.push(date);
    series.dates.push(date);
  }
  return series;
}

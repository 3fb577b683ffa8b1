import { BANK_HOLIDAYS_KNOWN, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { sessionSeries } from './session-series';

describe('sessionSeries', () => {
  it('lays out weekly sessions from the first date', () => {
    expect(sessionSeries({ firstOn: '2026-01-05', everyWeeks: 1, occurrences: 3, skipBankHolidays: true })).toEqual({
      dates: ['2026-01-05', '2026-01-12', '2026-01-19'],
      skipped: [],
      unchecked: [],
    });
  });

  it('lays out fortnightly sessions', () => {
    expect(sessionSeries({ firstOn: '2026-01-05', everyWeeks: 2, occurrences: 3, skipBankHolidays: true }).dates).toEqual(['2026-01-05', '2026-01-19', '2026-02-02']);
  });

  it('skips Easter Monday and both May bank holidays over 12 Mondays in spring 2026, naming each', () => {
    const series = sessionSeries({ firstOn: '2026-03-16', everyWeeks: 1, occurrences: 12, skipBankHolidays: true });
    expect(series.skipped).toEqual([
      { date: '2026-04-06', holiday: 'Easter Monday' },
      { date: '2026-05-04', holiday: 'Early May bank holiday' },
      { date: '2026-05-25', holiday: 'Spring bank holiday' },
    ]);
    expect(series.dates).toHaveLength(9);
    expect(series.dates).not.toContain('2026-04-06');
    expect(series.dates.at(-1)).toBe('2026-06-01');
  });

  it('keeps bank holidays when asked to', () => {
    const series = sessionSeries({ firstOn: '2026-03-30', everyWeeks: 1, occurrences: 2, skipBankHolidays: false });
    expect(series).toEqual({ dates: ['2026-03-30', '2026-04-06'], skipped: [], unchecked: [] });
  });

  it('crosses the clocks changing and the year end by calendar day', () => {
    expect(sessionSeries({ firstOn: '2026-12-21', everyWeeks: 1, occurrences: 3, skipBankHolidays: true })).toEqual({
      dates: ['2026-12-21', '2027-01-04'],
      skipped: [{ date: '2026-12-28', holiday: 'Boxing Day (substitute day)' }],
      unchecked: [],
    });
  });

  it('leaves out the rule-made holidays after the table, and says which dates it could not check against gov.uk', () => {
    expect(sessionSeries({ firstOn: '2028-12-18', everyWeeks: 1, occurrences: 4, skipBankHolidays: true })).toEqual({
      dates: ['2028-12-18', '2029-01-08'],
      skipped: [
        { date: '2028-12-25', holiday: 'Christmas Day' },
        { date: '2029-01-01', holiday: "New Year's Day" },
      ],
      unchecked: ['2029-01-08'],
    });
  });

  it('makes nothing of no occurrences', () => {
    expect(sessionSeries({ firstOn: '2026-01-05', everyWeeks: 1, occurrences: 0, skipBankHolidays: true }).dates).toEqual([]);
  });
});

describe('the England and Wales bank-holiday table', () => {
  const dates = Object.keys(ENGLAND_AND_WALES_BANK_HOLIDAYS);

  it('has eight a year, 2025 to 2028, all within the known range', () => {
    for (const year of ['2025', '2026', '2027', '2028']) expect(dates.filter((d) => d.startsWith(year))).toHaveLength(8);
    expect(dates.every((d) => d >= BANK_HOLIDAYS_KNOWN.from && d <= BANK_HOLIDAYS_KNOWN.to)).toBe(true);
  });

  it('falls on weekdays only (weekend holidays move to a substitute Monday or Tuesday)', () => {
    for (const d of dates) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
  });

  it('puts Good Friday three days before Easter Monday each year', () => {
    const goodFridays = dates.filter((d) => ENGLAND_AND_WALES_BANK_HOLIDAYS[d] === 'Good Friday');
    const easterMondays = dates.filter((d) => ENGLAND_AND_WALES_BANK_HOLIDAYS[d] === 'Easter Monday');
    goodFridays.forEach((friday, i) => expect(new Date(`${easterMondays[i]}T12:00:00Z`).getTime() - new Date(`${friday}T12:00:00Z`).getTime()).toBe(3 * 86_400_000));
  });
});

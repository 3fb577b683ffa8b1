import { BANK_HOLIDAYS_KNOWN, bankHolidayOn, bankHolidaysByRule, easterSunday, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';

/**
 * Published table years where gov.uk departs from the standing rules (a one-off holiday, or one
 * moved). None in 2025 to 2028; a year that gains one lists it here, so the test below still holds.
 */
const ONE_OFF_EXCEPTIONS: Readonly<Record<string, string>> = {};

describe('easterSunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('bankHolidaysByRule', () => {
  it('gives 2028 as gov.uk publishes it, New Year moved to Monday 3 January', () => {
    expect(bankHolidaysByRule(2028)).toEqual({
      '2028-01-03': "New Year's Day (substitute day)",
      '2028-04-14': 'Good Friday',
      '2028-04-17': 'Easter Monday',
      '2028-05-01': 'Early May bank holiday',
      '2028-05-29': 'Spring bank holiday',
      '2028-08-28': 'Summer bank holiday',
      '2028-12-25': 'Christmas Day',
      '2028-12-26': 'Boxing Day',
    });
  });

  it('gives 2029', () => {
    expect(bankHolidaysByRule(2029)).toEqual({
      '2029-01-01': "New Year's Day",
      '2029-03-30': 'Good Friday',
      '2029-04-02': 'Easter Monday',
      '2029-05-07': 'Early May bank holiday',
      '2029-05-28': 'Spring bank holiday',
      '2029-08-27': 'Summer bank holiday',
      '2029-12-25': 'Christmas Day',
      '2029-12-26': 'Boxing Day',
    });
  });

  it('gives 2030', () => {
    expect(bankHolidaysByRule(2030)).toEqual({
      '2030-01-01': "New Year's Day",
      '2030-04-19': 'Good Friday',
      '2030-04-22': 'Easter Monday',
      '2030-05-06': 'Early May bank holiday',
      '2030-05-27': 'Spring bank holiday',
      '2030-08-26': 'Summer bank holiday',
      '2030-12-25': 'Christmas Day',
      '2030-12-26': 'Boxing Day',
    });
  });

  it('moves Christmas on a Saturday to Monday and Boxing Day to Tuesday (2021, 2027)', () => {
    expect(Object.entries(bankHolidaysByRule(2021)).slice(-2)).toEqual([
      ['2021-12-27', 'Christmas Day (substitute day)'],
      ['2021-12-28', 'Boxing Day (substitute day)'],
    ]);
  });

  it('keeps Boxing Day on Monday and moves Christmas on a Sunday to Tuesday (2022)', () => {
    expect(Object.entries(bankHolidaysByRule(2022)).slice(-2)).toEqual([
      ['2022-12-26', 'Boxing Day'],
      ['2022-12-27', 'Christmas Day (substitute day)'],
    ]);
  });

  it('moves Boxing Day on a Saturday to Monday 28th (2026)', () => {
    expect(bankHolidaysByRule(2026)['2026-12-28']).toBe('Boxing Day (substitute day)');
  });

  it('gives eight weekdays a year for a century', () => {
    for (let year = 2025; year < 2125; year++) {
      const dates = Object.keys(bankHolidaysByRule(year));
      expect(dates).toHaveLength(8);
      for (const d of dates) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
    }
  });

  it('agrees with the published table for every year it holds, but for listed one-offs', () => {
    const years = new Set(Object.keys(ENGLAND_AND_WALES_BANK_HOLIDAYS).map((d) => Number(d.slice(0, 4))));
    expect([...years]).toEqual([2025, 2026, 2027, 2028]);
    for (const year of years) {
      const published = Object.fromEntries(Object.entries(ENGLAND_AND_WALES_BANK_HOLIDAYS).filter(([d]) => d.startsWith(`${year}-`) && !(d in ONE_OFF_EXCEPTIONS)));
      expect(bankHolidaysByRule(year)).toEqual(published);
    }
  });
});

describe('bankHolidayOn', () => {
  it('reads the published table within it', () => {
    expect(BANK_HOLIDAYS_KNOWN).toEqual({ from: '2025-01-01', to: '2028-12-31' });
    expect(bankHolidayOn('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayOn('2027-12-29')).toBeUndefined();
  });

  it('uses the rules beyond it', () => {
    expect(bankHolidayOn('2029-03-30')).toBe('Good Friday');
    expect(bankHolidayOn('2033-01-03')).toBe("New Year's Day (substitute day)");
    expect(bankHolidayOn('2030-08-26')).toBe('Summer bank holiday');
    expect(bankHolidayOn('2030-08-27')).toBeUndefined();
  });
});

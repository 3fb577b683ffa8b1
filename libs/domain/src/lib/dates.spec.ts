import { addDays, addMonths, daysBetween, formatDate, prisonTime, prisonToday, timeIn, todayIn } from './dates';

describe('calendar arithmetic', () => {
  it('adds days across months, years and the clock change', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-03', -3)).toBe('2026-02-28');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
  });
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-03-03', 24)).toBe('2028-03-03');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('writes dates as people read them', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2027-12-25')).toBe('25 December 2027');
  });
});

describe('the prison\'s calendar day (Europe/London)', () => {
  const at = (iso: string) => new Date(iso);
  it('is already tomorrow at 23:30 UTC on a summer evening (BST, UTC+1)', () => {
    expect(prisonToday(at('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
  });
  it('is the UTC day in winter (GMT)', () => {
    expect(prisonToday(at('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(prisonToday(at('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
  });
  it('turns at local midnight either side of the clocks going forward (29 March 2026)', () => {
    expect(prisonToday(at('2026-03-28T23:59:59Z'))).toBe('2026-03-28');
    expect(prisonToday(at('2026-03-29T00:00:00Z'))).toBe('2026-03-29');
    // 01:00 GMT becomes 02:00 BST; the evening after is BST.
    expect(prisonToday(at('2026-03-29T22:59:59Z'))).toBe('2026-03-29');
    expect(prisonToday(at('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
  });
  it('turns at local midnight either side of the clocks going back (25 October 2026)', () => {
    expect(prisonToday(at('2026-10-24T22:59:59Z'))).toBe('2026-10-24');
    expect(prisonToday(at('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
    // 02:00 BST becomes 01:00 GMT: the 25th lasts 25 hours and ends at midnight UTC.
    expect(prisonToday(at('2026-10-25T23:59:59Z'))).toBe('2026-10-25');
    expect(prisonToday(at('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });
  it('tells the time of day at the prison, in BST and GMT', () => {
    expect(prisonTime(at('2026-07-15T23:30:00Z'))).toBe('00:30');
    expect(prisonTime(at('2026-12-01T09:05:00Z'))).toBe('09:05');
    expect(timeIn('UTC', at('2026-07-15T12:00:00Z'))).toBe('12:00');
  });
  it('answers for any zone asked', () => {
    expect(todayIn('UTC', at('2026-07-15T23:30:00Z'))).toBe('2026-07-15');
    expect(todayIn('Pacific/Auckland', at('2026-07-15T12:30:00Z'))).toBe('2026-07-16');
  });
});

import { addDays, addMonths, daysBetween, formatDate } from './dates';

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

import { datePartsOf, formatDate, isoDateOf, todayIso } from '@peerpath/web/govuk/dates';

describe('dates', () => {
  it('reads the three boxes of a date input as an ISO date', () => {
    expect(isoDateOf({ day: '3', month: '3', year: '2026' })).toBe('2026-03-03');
    expect(isoDateOf({ day: ' 29 ', month: '02', year: '2028' })).toBe('2028-02-29');
  });

  it.each([
    ['not a real day', { day: '31', month: '2', year: '2026' }],
    ['no leap day', { day: '29', month: '2', year: '2026' }],
    ['a two-digit year', { day: '1', month: '1', year: '26' }],
    ['an empty box', { day: '', month: '1', year: '2026' }],
    ['a word', { day: 'first', month: '1', year: '2026' }],
    ['month 13', { day: '1', month: '13', year: '2026' }],
  ])('refuses %s', (_, parts) => {
    expect(isoDateOf(parts)).toBeNull();
  });

  it('fills the boxes from an ISO date without leading zeros', () => {
    expect(datePartsOf('2026-03-09')).toEqual({ day: '9', month: '3', year: '2026' });
  });

  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2025-12-25T10:00:00.000Z')).toBe('25 December 2025');
    expect(formatDate(null)).toBe('');
  });

  it("counts today as the prison's day in London, as the API does", () => {
    expect(todayIso(new Date('2026-06-30T23:30:00.000Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-01T23:30:00.000Z'))).toBe('2026-12-01');
  });
});

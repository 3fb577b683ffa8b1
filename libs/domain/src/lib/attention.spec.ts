import { ATTENTION_LIST_KEYS, expiryReminder, isAttentionListKey } from './attention';

describe('expiryReminder', () => {
  it.each([
    [91, null],
    [90, 90],
    [61, 90],
    [60, 60],
    [31, 60],
    [30, 30],
    [28, 30],
    [8, 30],
    [7, 7],
    [0, 7],
    [-1, null],
  ])('%i days left is the %s-day reminder', (daysLeft, band) => {
    expect(expiryReminder(daysLeft)).toBe(band);
  });
});

describe('attention lists', () => {
  it('knows its keys and nothing else', () => {
    expect(ATTENTION_LIST_KEYS).toContain('supervision-overdue');
    expect(isAttentionListKey('criteria-not-yet-met')).toBe(true);
    expect(isAttentionListKey('constructor')).toBe(false);
    expect(isAttentionListKey('nope')).toBe(false);
  });
});

import { isValidPrisonNumber, normalisePrisonNumber } from './prison-numbers';

describe('prison numbers', () => {
  it.each(['A1234BC', 'a1234bc', ' Z9999ZZ '])('accepts %p', (n) => expect(isValidPrisonNumber(n)).toBe(true));
  it.each(['A123BC', '11234BC', 'A1234B', 'A1234BCD', ''])('refuses %p', (n) => expect(isValidPrisonNumber(n)).toBe(false));
  it('stores upper case without spaces at the ends', () => expect(normalisePrisonNumber(' a1234bc ')).toBe('A1234BC'));
});

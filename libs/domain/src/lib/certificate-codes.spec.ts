import { formatShortCode, isShortCode, normaliseShortCode, SHORT_CODE_ALPHABET, shortCodeFromBytes } from './certificate-codes';

describe('short verification codes', () => {
  it('use 32 characters with no I, L, O or U to confuse', () => {
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(32);
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('are made one character per random byte, each character equally likely', () => {
    expect(shortCodeFromBytes(Uint8Array.from([0, 1, 31, 32, 33, 255, 10, 18, 200, 100]))).toBe('01Z01ZAJ84');
    expect(isShortCode(shortCodeFromBytes(new Uint8Array(10).fill(255)))).toBe(true);
    expect(() => shortCodeFromBytes(new Uint8Array(9))).toThrow();
  });

  it('print in groups of four, four and two', () => {
    expect(formatShortCode('K7QX94MD2R')).toBe('K7QX-94MD-2R');
  });

  it('read back however they were typed: any case, spaces and hyphens, look-alike letters', () => {
    expect(normaliseShortCode('K7QX-94MD-2R')).toBe('K7QX94MD2R');
    expect(normaliseShortCode(' k7qx 94md 2r ')).toBe('K7QX94MD2R');
    expect(normaliseShortCode('k7qx--94md-2r')).toBe('K7QX94MD2R');
    expect(normaliseShortCode('0OIL-1111-00')).toBe('0011111100');
  });

  it('refuse what cannot be a code: wrong length, U, or other characters', () => {
    expect(normaliseShortCode('K7QX-94MD-2')).toBeNull();
    expect(normaliseShortCode('K7QX-94MD-2RR')).toBeNull();
    expect(normaliseShortCode('K7QX-94MD-2U')).toBeNull();
    expect(normaliseShortCode('K7QX_94MD_2R')).toBeNull();
    expect(normaliseShortCode('q3XbN0c1T2vS8d9Hk4mW7A')).toBeNull();
    expect(isShortCode('k7qx94md2r')).toBe(false);
  });
});

/**
 * The short verification code printed under a certificate's QR code, for a verifier who cannot
 * scan it: 10 characters a person can read aloud and type. Crockford's base32 alphabet has no
 * I, L, O or U, so nothing looks like anything else; what is typed is read case-insensitively,
 * with spaces and hyphens ignored and the look-alikes (O for 0, I and L for 1) forgiven.
 * 10 characters carry 50 random bits; the API limits how often anyone may guess.
 */
export const SHORT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 10;

const STORED = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

/** A code as stored: 10 characters of the alphabet, upper case, no separators. */
export function isShortCode(code: string): boolean {
  return STORED.test(code);
}

/**
 * A short code from 10 random bytes, one character per byte. 256 is a multiple of 32, so each
 * character is uniform. The database default (`certificate_short_code()`) does the same.
 */
export function shortCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < SHORT_CODE_LENGTH) throw new Error(`A short code needs ${SHORT_CODE_LENGTH} random bytes`);
  return Array.from(bytes.subarray(0, SHORT_CODE_LENGTH), (b) => SHORT_CODE_ALPHABET[b % 32]).join('');
}

/** As printed and shown: K7QX-94MD-2R. */
export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * What a person typed, as stored: upper case, without spaces and hyphens, O read as 0 and I or L
 * as 1. Null when it cannot be a short code (wrong length, or a U or another character).
 */
export function normaliseShortCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return isShortCode(code) ? code : null;
}

import { HttpErrorResponse } from '@angular/common/http';
import type { CertificateStatus, CertificateVerification } from '@peerpath/contracts';
import { formatShortCode, normaliseShortCode } from '@peerpath/domain';

/**
 * The shape of the codes the API hands out: the long one in the QR link (16 random bytes,
 * base64url) or the short one printed under it (K7QX-94MD-2R); anything else cannot be one.
 */
const CODE = /^[A-Za-z0-9_-]{10,32}$/;

/**
 * A code as typed or pasted, with spaces dropped; a whole verification link is accepted too.
 * A short code comes out as printed (upper case, in groups), however it was typed.
 */
export function normaliseCode(input: string): string {
  const trimmed = input.trim();
  const fromLink = /\/verify\/([^/?#\s]+)/.exec(trimmed);
  const code = (fromLink ? fromLink[1] : trimmed).replace(/\s+/g, '');
  const short = normaliseShortCode(code);
  return short ? formatShortCode(short) : code;
}

export function isVerificationCode(code: string): boolean {
  return CODE.test(code);
}

export type VerificationState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'too-many' }
  | { kind: 'failed' }
  | { kind: 'answer'; verification: CertificateVerification };

/**
 * What the page shows for a code: the answer, or why there is none. A code that cannot exist and
 * one the API does not know look the same to the verifier: "not found", nothing more.
 */
export function verificationState(
  code: string,
  result: { value: CertificateVerification | undefined; error: unknown },
): VerificationState {
  if (!isVerificationCode(code)) return { kind: 'not-found' };
  if (result.error) {
    const status = result.error instanceof HttpErrorResponse ? result.error.status : 0;
    if (status === 404 || status === 400) return { kind: 'not-found' };
    if (status === 429) return { kind: 'too-many' };
    return { kind: 'failed' };
  }
  return result.value ? { kind: 'answer', verification: result.value } : { kind: 'loading' };
}

/** The status in words, for the line under "Valid" or "Not valid". */
export const STATUS_WORDS: Record<CertificateStatus, string> = {
  valid: 'This certificate is valid.',
  expired: 'This certificate has expired.',
  suspended: 'This certificate is suspended.',
  revoked: 'This certificate has been revoked.',
  superseded: 'This certificate has been replaced by a renewed certificate.',
};

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: 'Valid',
  expired: 'Expired',
  suspended: 'Suspended',
  revoked: 'Revoked',
  superseded: 'Superseded',
};

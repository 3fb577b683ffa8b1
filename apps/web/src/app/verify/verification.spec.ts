import { HttpErrorResponse } from '@angular/common/http';
import type { CertificateVerification } from '@peerpath/contracts';
import { isVerificationCode, normaliseCode, verificationState } from '@peerpath/web/verify/verification';

const CODE = 'q3XbN0c1T2vS8d9Hk4mW7A';
const answer: CertificateVerification = {
  valid: true,
  status: 'valid',
  programme: 'Buddy Support Worker (v1)',
  issuedOn: '2026-03-03',
  expiresOn: '2028-03-03',
  issuingPrison: 'Exeter',
  holderInitials: 'E. F.',
};
const failure = (status: number) => new HttpErrorResponse({ status });

describe('verification', () => {
  it('accepts codes as the API issues them, and whole links', () => {
    expect(isVerificationCode(CODE)).toBe(true);
    expect(isVerificationCode('short')).toBe(false);
    expect(isVerificationCode('has space in it')).toBe(false);
    expect(normaliseCode(` ${CODE} `)).toBe(CODE);
    expect(normaliseCode(`https://peerpath.example/verify/${CODE}`)).toBe(CODE);
  });

  it('reads the short code printed under the QR code however it was typed', () => {
    expect(normaliseCode('k7qx 94md 2r')).toBe('K7QX-94MD-2R');
    expect(normaliseCode('K7QX94MD2R')).toBe('K7QX-94MD-2R');
    expect(normaliseCode('k7qx-94md-2r')).toBe('K7QX-94MD-2R');
    expect(normaliseCode('KOQX-94MD-2L')).toBe('K0QX-94MD-21');
    expect(isVerificationCode('K7QX-94MD-2R')).toBe(true);
  });

  it('shows the answer once it arrives, and loading until then', () => {
    expect(verificationState(CODE, { value: undefined, error: undefined })).toEqual({ kind: 'loading' });
    expect(verificationState(CODE, { value: answer, error: undefined })).toEqual({ kind: 'answer', verification: answer });
  });

  it('says "not found" alike for an unknown code and one that cannot exist', () => {
    expect(verificationState(CODE, { value: undefined, error: failure(404) })).toEqual({ kind: 'not-found' });
    expect(verificationState(CODE, { value: undefined, error: failure(400) })).toEqual({ kind: 'not-found' });
    expect(verificationState('not a code!', { value: undefined, error: undefined })).toEqual({ kind: 'not-found' });
  });

  it('asks the verifier to wait after too many checks, and apologises for anything else', () => {
    expect(verificationState(CODE, { value: undefined, error: failure(429) })).toEqual({ kind: 'too-many' });
    expect(verificationState(CODE, { value: undefined, error: failure(500) })).toEqual({ kind: 'failed' });
    expect(verificationState(CODE, { value: undefined, error: new Error('offline') })).toEqual({ kind: 'failed' });
  });
});

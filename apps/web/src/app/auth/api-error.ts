import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@peerpath/contracts';

/** The ApiError body of a failed request, or null when the answer was not one (e.g. network down). */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && 'code' in body && 'message' in body) {
    return body as ApiError;
  }
  return null;
}

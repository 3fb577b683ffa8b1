import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export const REASON_MAX = 500;

/** A reason the record keeps (certificate status changes): required, and short. */
export function reasonOf(typed: string, missing: string): { reason: string; errors?: never } | { reason?: never; errors: SummaryError[] } {
  const reason = typed.trim();
  if (!reason) return { errors: [{ field: 'reason', text: missing }] };
  if (reason.length > REASON_MAX) return { errors: [{ field: 'reason', text: `The reason must be ${REASON_MAX} characters or fewer` }] };
  return { reason };
}

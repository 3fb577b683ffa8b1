import { pinProblems } from '@peerpath/domain';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

/** The PIN as typed, or why it will not do (the domain's rule, the same the API applies). */
export function pinOf(typed: string): { pin: string; errors?: never } | { pin?: never; errors: SummaryError[] } {
  const pin = typed.trim();
  if (!pin) return { errors: [{ field: 'pin', text: 'Enter a PIN of 6 to 12 digits' }] };
  const problems = pinProblems(pin);
  return problems.length > 0 ? { errors: problems.map((text) => ({ field: 'pin', text })) } : { pin };
}

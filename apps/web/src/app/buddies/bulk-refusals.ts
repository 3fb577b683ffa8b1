import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { summaryErrorsOf, type SummaryError } from '@peerpath/web/govuk/form-errors';

/**
 * A bulk action's refusal as error summary lines: what happened (nothing was saved), then each
 * person refused with each reason, so the coordinator can untick them or fix their record.
 */
export function bulkErrorsOf(error: unknown, fieldId?: (path: string) => string | null): SummaryError[] {
  const people = apiErrorOf(error)?.people ?? [];
  const lines = summaryErrorsOf(error, fieldId);
  return [
    ...lines,
    ...people.flatMap((person) => person.reasons.map((reason) => ({ field: null, text: `${person.firstName} ${person.lastName} (${person.prisonNumber}): ${reason.message}` }))),
  ];
}

import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorOf } from '@peerpath/web/auth/api-error';

/** One line of a GOV.UK error summary; `field` is the id of the element it links to, if any. */
export interface SummaryError {
  readonly field: string | null;
  readonly text: string;
}

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/**
 * Turns a failed request into error summary lines. Field errors (`{"modules.0.title": [...]}`)
 * become one line per message, linked to the element `fieldId` names for that path (unlinked
 * when it names none); a rule's reasons (`reasons: [{ code, message }]`) become one unlinked line
 * each; any other refusal shows the API's own message, which is written for people.
 */
export function summaryErrorsOf(error: unknown, fieldId: (path: string) => string | null = (path) => path): SummaryError[] {
  const apiError = apiErrorOf(error);
  const fieldLines = Object.entries(apiError?.fieldErrors ?? {}).flatMap(([path, messages]) =>
    messages.map((text) => ({ field: fieldId(path), text })),
  );
  const reasonLines = (apiError?.reasons ?? [])
    .map((reason) => ({ field: null, text: reason.message }))
    .filter((line) => !fieldLines.some((f) => f.text === line.text));
  if (fieldLines.length > 0 || reasonLines.length > 0) return [...fieldLines, ...reasonLines];
  if (apiError) return [{ field: null, text: apiError.message }];
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return [{ field: null, text: 'You do not have permission to do that.' }];
  }
  return [{ field: null, text: SERVICE_PROBLEM }];
}

/** The first message for each linked field, for the inline message beside it. */
export function messagesByField(errors: readonly SummaryError[]): Readonly<Record<string, string>> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    if (error.field && !(error.field in byField)) byField[error.field] = error.text;
  }
  return byField;
}

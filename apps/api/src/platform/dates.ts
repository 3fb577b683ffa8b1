import type { FieldProblem } from '@peerpath/domain';

/** Today's date in the service's calendar (UTC), as YYYY-MM-DD. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Domain rule problems, shaped as the `fieldErrors` the web app shows beside each field. */
export function fieldErrorsFrom(problems: readonly FieldProblem[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  return fieldErrors;
}

import { prisonToday, type FieldProblem } from '@peerpath/domain';

/**
 * Today at the prison (Europe/London), as YYYY-MM-DD: never UTC, never the database's
 * database clock. Queries that need it take it as a parameter.
 */
export const today = (): string => prisonToday(new Date());

/** Domain rule problems, shaped as the `fieldErrors` the web app shows beside each field. */
export function fieldErrorsFrom(problems: readonly FieldProblem[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  return fieldErrors;
}

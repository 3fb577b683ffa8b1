import type { RecordSelectionRequest, SelectionOutcome } from '@peerpath/contracts';
import { selectionProblems } from '@peerpath/domain';
import { DateParts, isoDateOf } from '@peerpath/web/govuk/dates';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export interface SelectionFormValue {
  outcome: SelectionOutcome | '';
  securityCheckDone: boolean;
  riskAssessmentDone: boolean;
  decidedOn: DateParts;
  notes: string;
}

export const NOTES_MAX = 2000;

/** Where each request field lives on the page; radios link to their first option. */
export function selectionFieldId(path: string): string | null {
  switch (path) {
    case 'outcome':
      return 'outcome-approved';
    case 'decidedOn':
      return 'decidedOn-day';
    case 'securityCheckDone':
    case 'riskAssessmentDone':
    case 'notes':
      return path;
    default:
      return null;
  }
}

/**
 * The request for the form, or what stops it. The selection rules are the domain's own
 * (`selectionProblems`), the same function the API runs, so the page and the API never disagree.
 */
export function selectionRequestOf(
  value: SelectionFormValue,
  appliedOn: string,
  today: string,
): { request: RecordSelectionRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  const decidedOn = isoDateOf(value.decidedOn);
  if (!value.outcome) errors.push({ field: 'outcome-approved', text: 'Select whether the applicant is approved or declined' });
  if (!decidedOn) errors.push({ field: 'decidedOn-day', text: 'Enter the decision date as a real date, for example 27 3 2026' });
  if (value.notes.length > NOTES_MAX) errors.push({ field: 'notes', text: `Notes must be ${NOTES_MAX} characters or fewer` });
  if (value.outcome && decidedOn) {
    const decision = {
      outcome: value.outcome,
      securityCheckDone: value.securityCheckDone,
      riskAssessmentDone: value.riskAssessmentDone,
      decidedOn,
    };
    for (const problem of selectionProblems(decision, appliedOn, today)) {
      errors.push({ field: selectionFieldId(problem.field), text: problem.message });
    }
  }
  if (errors.length > 0 || !value.outcome || !decidedOn) return { errors };
  const notes = value.notes.trim();
  return {
    request: {
      outcome: value.outcome,
      securityCheckDone: value.securityCheckDone,
      riskAssessmentDone: value.riskAssessmentDone,
      decidedOn,
      ...(notes ? { notes } : {}),
    },
  };
}

import type { RecordSelectionRequest, RuleReason } from '@peerpath/contracts';
import { formatDate } from './dates';

export interface SelectionProblem {
  field: keyof RecordSelectionRequest;
  message: string;
}

/**
 * Nobody is approved as a buddy without the security check and the risk assessment
 * (HMPPS: buddies must be appropriately selected). Declining needs no checks.
 */
export function selectionProblems(decision: Pick<RecordSelectionRequest, 'outcome' | 'securityCheckDone' | 'riskAssessmentDone' | 'decidedOn'>, appliedOn: string, today: string): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  if (decision.outcome === 'approved') {
    if (!decision.securityCheckDone) problems.push({ field: 'securityCheckDone', message: 'Complete the security check before approving' });
    if (!decision.riskAssessmentDone) problems.push({ field: 'riskAssessmentDone', message: 'Complete the risk assessment before approving' });
  }
  if (decision.decidedOn < appliedOn) problems.push({ field: 'decidedOn', message: 'The decision date cannot be before the application date' });
  if (decision.decidedOn > today) problems.push({ field: 'decidedOn', message: 'The decision date cannot be in the future' });
  return problems;
}

export type BulkSelectionRefusalCode = 'RECORD_CLOSED' | 'DECIDED_BEFORE_APPLICATION';

export interface SelectionApplicant {
  prisonNumber: string;
  appliedOn: string;
  released: boolean;
}

/**
 * One decision for many applicants. What is wrong with the decision itself (a missing check, a
 * future date) is the same for everyone and goes beside its field; what is wrong for one
 * person (their application came after the decision date, they have been released) is listed
 * against them. Nothing is recorded unless both lists are empty.
 */
export function bulkSelectionProblems<A extends SelectionApplicant>(
  decision: Pick<RecordSelectionRequest, 'outcome' | 'securityCheckDone' | 'riskAssessmentDone' | 'decidedOn'>,
  applicants: readonly A[],
  today: string,
): { decision: SelectionProblem[]; people: { applicant: A; reasons: RuleReason<BulkSelectionRefusalCode>[] }[] } {
  return {
    // No application date comes before the earliest date there is, so only the decision's own problems remain.
    decision: selectionProblems(decision, '0000-01-01', today),
    people: applicants.map((applicant) => {
      const reasons: RuleReason<BulkSelectionRefusalCode>[] = [];
      if (applicant.released) reasons.push({ code: 'RECORD_CLOSED', message: `${applicant.prisonNumber} has been released: the record is closed` });
      if (decision.decidedOn < applicant.appliedOn) {
        reasons.push({ code: 'DECIDED_BEFORE_APPLICATION', message: `${applicant.prisonNumber} applied on ${formatDate(applicant.appliedOn)}, after the decision date` });
      }
      return { applicant, reasons };
    }),
  };
}

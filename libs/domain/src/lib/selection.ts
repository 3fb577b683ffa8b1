import type { RecordSelectionRequest } from '@peerpath/contracts';

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

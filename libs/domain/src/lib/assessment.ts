import type { AssessmentMethod, AssessmentOutcome, CriterionKind } from '@peerpath/contracts';

export const ASSESSMENT_METHODS = ['workbook', 'questioning', 'discussion', 'observation', 'simulation', 'work_product'] as const satisfies readonly AssessmentMethod[];
export const ASSESSMENT_OUTCOMES = ['met', 'not_yet_met'] as const satisfies readonly AssessmentOutcome[];

export const METHOD_LABELS: Record<AssessmentMethod, string> = {
  workbook: 'Workbook',
  questioning: 'Written or verbal questions',
  discussion: 'Professional discussion',
  observation: 'Observation in practice',
  simulation: 'Simulation',
  work_product: 'Work product',
};

export interface CriterionForAssessment {
  code: string;
  kind: CriterionKind;
  simulationAllowed: boolean;
}

/**
 * Which methods can evidence a criterion. Competence is shown in practice: normally observed,
 * or simulated only where the criterion says so. Any method may evidence knowledge.
 */
export function methodsFor(criterion: Pick<CriterionForAssessment, 'kind' | 'simulationAllowed'>): AssessmentMethod[] {
  if (criterion.kind === 'knowledge') return [...ASSESSMENT_METHODS];
  return criterion.simulationAllowed ? ['observation', 'simulation'] : ['observation'];
}

/** Why this method cannot evidence this criterion, or null when it can. */
export function methodProblem(criterion: CriterionForAssessment, method: AssessmentMethod): string | null {
  if (methodsFor(criterion).includes(method)) return null;
  return criterion.simulationAllowed
    ? `${criterion.code} is a competence: record it by observation or simulation`
    : `${criterion.code} is a competence: record it by observation in practice`;
}

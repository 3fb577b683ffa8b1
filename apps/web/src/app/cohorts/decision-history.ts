import type { DecisionHistory, DecisionView } from '@peerpath/contracts';

/** One criterion of the module and every decision made on it, newest first. */
export interface CriterionHistory {
  id: string;
  code: string;
  text: string;
  decisions: DecisionView[];
}

/**
 * The history grouped by criterion, in the programme's order of criteria; each group keeps the
 * API's newest-first order. Criteria nobody has decided yet are kept, with no decisions.
 */
export function historyByCriterion(history: Pick<DecisionHistory, 'criteria' | 'decisions'>): CriterionHistory[] {
  const byCriterion = new Map<string, DecisionView[]>();
  for (const decision of history.decisions) {
    const list = byCriterion.get(decision.criterionId) ?? [];
    list.push(decision);
    byCriterion.set(decision.criterionId, list);
  }
  return history.criteria.map((criterion) => ({ ...criterion, decisions: byCriterion.get(criterion.id) ?? [] }));
}

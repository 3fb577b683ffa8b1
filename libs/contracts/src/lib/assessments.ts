export type AssessmentOutcome = 'met' | 'not_yet_met';
export type AssessmentMethod = 'workbook' | 'questioning' | 'discussion' | 'observation' | 'simulation' | 'work_product';

/**
 * One assessment occasion: a method, a date and a note shared by every decision in it.
 * An observation on the wing may cover several criteria and several buddies at once.
 */
export interface RecordDecisionsRequest {
  method: AssessmentMethod;
  assessedOn: string;
  evidenceNote: string;
  decisions: { buddyId: string; criterionId: string; outcome: AssessmentOutcome }[];
}

export interface DecisionView {
  id: string;
  buddyId: string;
  criterionId: string;
  criterionCode: string;
  outcome: AssessmentOutcome;
  method: AssessmentMethod;
  assessedOn: string;
  evidenceNote: string;
  assessorName: string;
  recordedAt: string;
  /** False once a later decision for the same buddy and criterion supersedes it. */
  current: boolean;
}

/** A module's assessment sheet for a cohort: every active buddy, every criterion, the decision in force. */
export interface ModuleAssessmentSheet {
  cohortId: string;
  moduleId: string;
  moduleNumber: number;
  moduleTitle: string;
  criteria: { id: string; code: string; kind: 'knowledge' | 'competence'; text: string; simulationAllowed: boolean; outcomeCode: string; outcomeText: string }[];
  buddies: { buddyId: string; prisonNumber: string; firstName: string; lastName: string }[];
  /** Current decisions only (one per buddy and criterion at most). */
  current: DecisionView[];
}

/**
 * Every decision for one buddy on one module of a cohort, newest first, superseded ones
 * included (BRIEF: the history stays auditable). Bounded: at most `limit` decisions, the newest.
 */
export interface DecisionHistory {
  cohortId: string;
  cohortName: string;
  programmeTitle: string;
  versionLabel: string;
  moduleId: string;
  moduleNumber: number;
  moduleTitle: string;
  buddy: { buddyId: string; prisonNumber: string; firstName: string; lastName: string };
  /** The module's criteria, in the programme's order, whether decided or not. */
  criteria: { id: string; code: string; text: string }[];
  /** Newest first. */
  decisions: DecisionView[];
  /** Every decision there is; more than `decisions.length` when the bound cut some off. */
  total: number;
  limit: number;
}

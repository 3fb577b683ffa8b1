/**
 * A programme written down as data: the shape of the reference programmes seeded
 * into every database (BRIEF: programmes are data, not code).
 */
export interface ProgrammeDefinition {
  /** Stable key, e.g. 'buddy-support-worker'. */
  code: string;
  title: string;
  /** Version label of the first published version, e.g. '2024.1'. */
  versionLabel: string;
  summary: string;
  modules: ModuleDefinition[];
}

export interface ModuleDefinition {
  /** 1-based position in the programme. */
  number: number;
  title: string;
  /** One plain-English sentence a buddy can read. */
  summary: string;
  /** Every criterion of this module is re-assessed to renew a certificate (safety-critical modules). */
  refresher?: boolean;
  outcomes: OutcomeDefinition[];
}

export interface OutcomeDefinition {
  /** e.g. '1.2' (module.outcome). */
  code: string;
  /** "The learner will …" wording, in our own words. */
  text: string;
  criteria: CriterionDefinition[];
}

export interface CriterionDefinition {
  /** e.g. '1.2.3' (module.outcome.criterion). */
  code: string;
  /** knowledge: workbook, questioning, discussion. competence: shown in practice, normally observed. */
  kind: 'knowledge' | 'competence';
  /** "The learner can …" wording, in our own words. */
  text: string;
  /** Competence criteria only: may a simulation stand in for observation on the wing? */
  simulationAllowed?: boolean;
}

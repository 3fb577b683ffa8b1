export type CriterionKind = 'knowledge' | 'competence';
export type ProgrammeVersionStatus = 'draft' | 'published';

export interface ProgrammeVersionSummary {
  id: string;
  label: string;
  status: ProgrammeVersionStatus;
  publishedAt: string | null;
  moduleCount: number;
  criterionCount: number;
  /** Optimistic-lock version: send it back as expectedVersion when editing or publishing. */
  version: number;
}

export interface ProgrammeSummary {
  id: string;
  code: string;
  title: string;
  summary: string;
  versions: ProgrammeVersionSummary[];
}

export interface CriterionContent {
  code: string;
  kind: CriterionKind;
  text: string;
  simulationAllowed: boolean;
  /** Re-assessed to renew a certificate; false when left out. */
  refresher?: boolean;
}

export interface OutcomeContent {
  code: string;
  text: string;
  criteria: CriterionContent[];
}

export interface ModuleContent {
  number: number;
  title: string;
  summary: string;
  outcomes: OutcomeContent[];
}

/** A whole version's content, as read, and as an admin saves a draft. */
export interface ProgrammeContent {
  modules: ModuleContent[];
}

export interface CriterionView extends CriterionContent {
  id: string;
}
export interface OutcomeView extends Omit<OutcomeContent, 'criteria'> {
  id: string;
  criteria: CriterionView[];
}
export interface ModuleView extends Omit<ModuleContent, 'outcomes'> {
  id: string;
  outcomes: OutcomeView[];
}

export interface ProgrammeVersionDetail {
  id: string;
  programmeId: string;
  programmeCode: string;
  programmeTitle: string;
  label: string;
  status: ProgrammeVersionStatus;
  publishedAt: string | null;
  version: number;
  modules: ModuleView[];
}

export interface SaveDraftRequest extends ProgrammeContent {
  expectedVersion: number;
}

/**
 * One module of a draft, as an admin saves it from its own page: its title, summary, outcomes
 * and criteria (the module's number is in the path). A number one past the last module adds it.
 */
export interface SaveModuleRequest extends Omit<ModuleContent, 'number'> {
  expectedVersion: number;
}

export interface PublishRequest {
  expectedVersion: number;
}

export interface StartDraftRequest {
  label: string;
}

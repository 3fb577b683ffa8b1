import type { RuleReason } from './rules';

export type SelectionStatus = 'applied' | 'approved' | 'declined';
export type SelectionOutcome = 'approved' | 'declined';

/**
 * Where a buddy is on their journey, derived from their records (never stored): applied or
 * declined at selection; approved and waiting for a course; in training (enrolled on a course
 * still running); certified (holding a valid certificate); suspended (their certificate is
 * suspended, e.g. while a concern is reviewed); released (record closed).
 */
export type JourneyStage = 'applied' | 'declined' | 'approved' | 'in_training' | 'certified' | 'suspended' | 'expired' | 'released';

export interface BuddySummary {
  id: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  prisonName: string;
  appliedOn: string;
  selectionStatus: SelectionStatus;
  stage: JourneyStage;
}

export interface SelectionDecisionView {
  id: string;
  outcome: SelectionOutcome;
  securityCheckDone: boolean;
  riskAssessmentDone: boolean;
  decidedBy: string;
  decidedOn: string;
  notes: string;
  recordedAt: string;
}

export interface BuddyDetail extends BuddySummary {
  version: number;
  /** Set on release: the record is closed and read-only. */
  releasedOn: string | null;
  /** Newest first; the first is the one in force. */
  selectionDecisions: SelectionDecisionView[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RecordApplicationRequest {
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  /** ISO date, e.g. 2026-03-03. */
  appliedOn: string;
}

export interface RecordSelectionRequest {
  outcome: SelectionOutcome;
  securityCheckDone: boolean;
  riskAssessmentDone: boolean;
  decidedOn: string;
  notes?: string;
}

export interface BuddyRegisterQuery {
  search?: string;
  prison?: string;
  stage?: JourneyStage;
  page?: number;
  pageSize?: number;
}

/**
 * What was typed into a buddy picker: part of a prison number or name. The answer is a Page of
 * 20 unless asked otherwise (at most 100), with the total, so a picker can ask for more letters
 * and a bulk page can step through every page.
 */
export interface BuddySearchQuery {
  search?: string;
  page?: number;
  pageSize?: number;
}

/** GET /api/allocations/buddies: certified buddies where the caller allocates, at one prison or all of them. */
export interface AllocatableBuddiesQuery extends BuddySearchQuery {
  prison?: string;
}

export interface TransferRequest {
  toPrisonCode: string;
  /** Defaults to today. */
  transferredOn?: string;
}

export interface ReleaseRequest {
  /** Defaults to today. */
  releasedOn?: string;
}

export interface TransferView {
  fromPrisonCode: string;
  fromPrisonName: string;
  toPrisonCode: string;
  toPrisonName: string;
  transferredOn: string;
  recordedBy: string;
}

/** What a transfer or release changed, so the coordinator sees the consequences. */
export interface MoveOutcome {
  buddy: BuddyDetail;
  allocationsEnded: number;
  enrolmentsWithdrawn: number;
}

export interface SetPinRequest {
  pin: string;
}

export interface BuddyAccountView {
  /** The username the buddy signs in with: their prison number. */
  username: string;
  hasPin: boolean;
  locked: boolean;
  lastSignedInAt: string | null;
}

/** One selection decision, with its checks, for several applicants at once. */
export interface RecordBulkSelectionRequest extends RecordSelectionRequest {
  buddyIds: string[];
}

/** Someone a bulk action was about (or refused for). */
export interface BulkPerson {
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
}

/** A person a bulk action refused, with every reason. */
export interface PersonRefusal extends BulkPerson {
  reasons: RuleReason[];
}

import type { PageQuery, SortQuery } from './paging';

export type ConcernKind = 'safeguarding' | 'boundary';
export type ConcernStatus = 'open' | 'resolved';

export interface RaiseConcernRequest {
  /** Exactly one of buddyId and recipientId. */
  buddyId?: string;
  recipientId?: string;
  kind: ConcernKind;
  description: string;
}

export interface ConcernView {
  id: string;
  kind: ConcernKind;
  status: ConcernStatus;
  subject: 'buddy' | 'recipient';
  subjectId: string;
  subjectName: string;
  subjectPrisonNumber: string;
  prisonCode: string;
  description: string;
  raisedBy: string;
  raisedAt: string;
  outcome: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  version: number;
}

export interface ResolveConcernRequest {
  outcome: string;
}

export interface SuspendForConcernRequest {
  reason?: string;
}

/**
 * The columns the concerns list sorts on: status (the default: open first, newest first within),
 * raised, reviewed, kind, and who it is about.
 */
export type ConcernSort = 'status' | 'raisedAt' | 'reviewedAt' | 'kind' | 'subject';

/** GET /api/concerns: a page of concerns in the caller's scope. */
export interface ConcernListQuery extends PageQuery, SortQuery<ConcernSort> {
  prison?: string;
  status?: ConcernStatus;
  /** Safeguarding or boundary: the severity a coordinator triages by. */
  kind?: ConcernKind;
  buddyId?: string;
}

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

export interface ConcernListQuery {
  prison?: string;
  status?: ConcernStatus;
  buddyId?: string;
}

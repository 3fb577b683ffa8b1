import type { Page } from './buddies';
import type { PageQuery } from './paging';

/**
 * The audit trail, filtered (issue 11). Buddy, recipient and cohort come from links on their
 * pages; the rest from the filter form. Dates are London calendar days, both inclusive.
 */
export interface AuditTrailQuery extends PageQuery {
  buddyId?: string;
  recipientId?: string;
  cohortId?: string;
  /** The person who acted, by id (a link). */
  actorUserId?: string;
  /** The person who acted, by username or part of their name (the form). */
  actor?: string;
  /** One of the known actions (`GET /api/audit/actions`). */
  action?: string;
  from?: string;
  to?: string;
}

/** One field that changed, both sides in words; null when there was no value. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditEventView {
  id: string;
  /** ISO instant. */
  occurredAt: string;
  /** The person's name, or "Peerpath (demo data)" or "System" when nobody signed in made it. */
  who: string;
  whoUsername: string | null;
  action: string;
  /** The action in words: "Supervision recorded". */
  what: string;
  subjectType: string;
  subjectId: string;
  /** Whom or what it is about, in words: "Aaron Blake (A1234BC)". */
  subject: string;
  prisonCode: string | null;
  prisonName: string | null;
  changes: AuditChange[];
  requestId: string | null;
}

/**
 * A page of the trail. The trail counts matching events only up to a cap (10,000): when more
 * match, `total` is the cap, `totalIsCapped` is set, and pages reach no further than the cap
 * (narrower filters, or the CSV, reach the rest).
 */
export interface AuditTrailPage extends Page<AuditEventView> {
  totalIsCapped?: true;
}

/** A kind of change the filter offers, with the actions in it. */
export interface AuditActionKind {
  kind: string;
  actions: { action: string; words: string }[];
}

/** A score on the 5-point scale: 1 strongly disagree to 5 strongly agree. */
export type OutcomeScore = 1 | 2 | 3 | 4 | 5;

/** POST /api/recipients/:recipientId/outcome-reviews: what the recipient said, with the coordinator. */
export interface RecordOutcomeReviewRequest {
  /** ISO date the review was held; not in the future, not before the recipient was added. */
  reviewedOn: string;
  /** "My buddy helps me do the things I need". */
  helpsScore: OutcomeScore;
  /** "I can do more for myself than before". */
  independenceScore: OutcomeScore;
  /** In their own words, up to 1000 characters. */
  comment?: string;
}

export interface OutcomeReviewView {
  id: string;
  recipientId: string;
  /** The allocation under review, when exactly one was active at the time. */
  allocationId: string | null;
  reviewedOn: string;
  helpsScore: OutcomeScore;
  independenceScore: OutcomeScore;
  comment: string;
  recordedByName: string;
  recordedAt: string;
}

/** GET /api/recipients/:recipientId/outcome-reviews: newest first, and when the next is due. */
export interface RecipientOutcomeReviews {
  /** Null while nobody supports them (nothing to review). */
  nextDueOn: string | null;
  /** The next review is due today or overdue. */
  due: boolean;
  reviews: OutcomeReviewView[];
}

import { FIRST_OUTCOME_REVIEW_AFTER_DAYS, OUTCOME_REVIEW_INTERVAL_DAYS } from '@peerpath/domain';

/**
 * outcomeReviewDueOn() from libs/domain as SQL (dates in, a date or NULL out), checked against
 * it by rules/sql-agrees-with-domain.integration.spec.ts.
 */
export const outcomeReviewDueOnSql = (supportedSince: string, lastReviewedOn: string) =>
  `(CASE WHEN ${supportedSince} IS NULL THEN NULL
         WHEN ${lastReviewedOn} IS NULL THEN ${supportedSince} + ${FIRST_OUTCOME_REVIEW_AFTER_DAYS}
         ELSE ${lastReviewedOn} + ${OUTCOME_REVIEW_INTERVAL_DAYS} END)`;

/**
 * Per recipient `r`: since when they have been supported without a break in their current
 * allocations (the earliest start of their active allocations), or NULL; and their last review.
 */
export const outcomeReviewFactsSql = (today: string) => `
  (SELECT min(a.starts_on) FROM allocations a
    WHERE a.recipient_id = r.id AND a.status = 'active' AND a.starts_on <= ${today}) AS supported_since,
  (SELECT max(o.reviewed_on) FROM outcome_reviews o WHERE o.recipient_id = r.id) AS last_reviewed_on`;

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

/**
 * The same two facts for many recipients at once (`recipientIds`, a SELECT of ids): a row per
 * recipient with either, to LEFT JOIN on recipient_id. One pass over each table rather than two
 * lookups per recipient, for lists over a whole cluster or the country.
 */
export const outcomeReviewFactsByRecipientSql = (recipientIds: string, today: string) => `
  SELECT f.recipient_id, min(f.supported_since) AS supported_since, max(f.last_reviewed_on) AS last_reviewed_on
    FROM (SELECT a.recipient_id, a.starts_on AS supported_since, NULL::date AS last_reviewed_on FROM allocations a
           WHERE a.recipient_id IN (${recipientIds}) AND a.status = 'active' AND a.starts_on <= ${today}
          UNION ALL
          SELECT o.recipient_id, NULL, o.reviewed_on FROM outcome_reviews o WHERE o.recipient_id IN (${recipientIds})) f
   GROUP BY f.recipient_id`;

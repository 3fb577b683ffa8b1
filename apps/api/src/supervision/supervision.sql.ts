import { DUE_SOON_DAYS } from '@peerpath/domain';
import { trainingStartedOnSql, trainingStartSql } from '@peerpath/api/cohorts/cohorts.sql';

/**
 * Supervision rules as SQL: each the one SQL form of a function in libs/domain
 * (supervision.ts), checked against it by rules.integration.spec.ts.
 */

/** supervisionNextDue(): `intervalDays` after the last supervision, or after training started; null before. */
export const supervisionNextDueSql = (trainingStartedOn: string, lastSupervisedOn: string, intervalDays: string) =>
  `(COALESCE(${lastSupervisedOn}, ${trainingStartedOn}) + ${intervalDays})`;

/** supervisionState(): overdue the day after it is due, due soon within the coming week. */
export const supervisionStateSql = (nextDueOn: string, today: string) =>
  `(CASE WHEN ${nextDueOn} IS NULL THEN 'not_started' WHEN ${nextDueOn} < ${today} THEN 'overdue'
         WHEN ${nextDueOn} - ${today} <= ${DUE_SOON_DAYS} THEN 'due_soon' ELSE 'up_to_date' END)`;

/**
 * Per buddy `b` at prison `p`: when training started, their last supervision and their
 * prison's interval, the facts of supervisionStatus(). Used by the due lists, the buddy's own
 * page and the allocation gate.
 */
export const supervisionFactsSql = (today: string) => `
  ${trainingStartedOnSql('b.id', today)} AS "trainingStartedOn",
  (SELECT to_char(max(s.held_on), 'YYYY-MM-DD') FROM supervisions s WHERE s.buddy_id = b.id) AS "lastSupervisedOn",
  p.supervision_interval_days AS "intervalDays"`;

export interface SupervisionFacts {
  trainingStartedOn: string | null;
  lastSupervisedOn: string | null;
  intervalDays: number;
}

/** supervisedWithin(): the last supervision no more than `intervalDays` before today. */
export const supervisedWithinSql = (lastSupervisedOn: string, intervalDays: string, today: string) =>
  `(${lastSupervisedOn} IS NOT NULL AND ${today} - ${lastSupervisedOn} <= ${intervalDays})`;

/**
 * supervisionFactsSql's two dates for many buddies at once (`buddyIds`, a SELECT of ids): a row
 * per buddy with either, to LEFT JOIN on buddy_id (the interval comes from their prison). One
 * pass over enrolments and supervisions rather than two lookups per buddy, for cluster or
 * national lists.
 */
export const supervisionDatesByBuddySql = (buddyIds: string, today: string) => `
  SELECT f.buddy_id, to_char(min(f.started), 'YYYY-MM-DD') AS "trainingStartedOn", to_char(max(f.held_on), 'YYYY-MM-DD') AS "lastSupervisedOn"
    FROM (SELECT e.buddy_id, ${trainingStartSql('e.enrolled_on', 'co.starts_on', 'e.withdrawn_on', today)} AS started, NULL::date AS held_on
            FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE e.buddy_id IN (${buddyIds})
          UNION ALL
          SELECT s.buddy_id, NULL, s.held_on FROM supervisions s WHERE s.buddy_id IN (${buddyIds})) f
   GROUP BY f.buddy_id`;

import { bestCertificateStatusSql } from '@peerpath/api/certification/certification.sql';

/**
 * Allocation rules as SQL, shared by the recipient register, the allocations needing attention
 * and the attention lists on the coordinator's home, so each list says the same thing.
 */

/** An active allocation needs attention when its buddy no longer holds a valid certificate (suspended, revoked, expired, none). */
export const certificateNoLongerValidSql = (buddyId: string, today: string) => `(${bestCertificateStatusSql(buddyId, today)} IS DISTINCT FROM 'valid')`;

/** The buddy's active allocations add up to more hours a week than their prison's cap (after the cap was lowered). */
export const overWeeklyHoursCapSql = (buddyId: string, weeklyHoursCap: string) =>
  `((SELECT COALESCE(sum(x.planned_weekly_hours), 0) FROM allocations x WHERE x.buddy_id = ${buddyId} AND x.status = 'active') > ${weeklyHoursCap})`;

/**
 * Since when recipient `r` has waited for support: with no active allocation, since their last
 * allocation ended, or since they were added; NULL while supported. YYYY-MM-DD text.
 */
export const recipientWaitingSinceSql = (recipient = 'r') => `
  (CASE WHEN NOT EXISTS (SELECT 1 FROM allocations a WHERE a.recipient_id = ${recipient}.id AND a.status = 'active')
        THEN to_char(COALESCE((SELECT max(a.ended_on) FROM allocations a WHERE a.recipient_id = ${recipient}.id),
                              (${recipient}.created_at AT TIME ZONE 'Europe/London')::date), 'YYYY-MM-DD') END)`;

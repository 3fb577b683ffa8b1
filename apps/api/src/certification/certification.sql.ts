import { EXPIRY_REMINDER_DAYS } from '@peerpath/domain';

/**
 * The certification rules as SQL, for queries that filter or aggregate on them. Each is the
 * one SQL form of a function in libs/domain (certification.ts), and rules.integration.spec.ts
 * runs both over the same table of cases. Arguments are SQL expressions; dates are `date`.
 */

/** certificateStatus(): a stored status and expiry, as the status people see on `today`. */
export const certificateStatusSql = (stored: string, expiresOn: string, today: string) =>
  `(CASE WHEN ${stored}::text <> 'valid' THEN ${stored}::text WHEN ${today} > ${expiresOn} THEN 'expired' ELSE 'valid' END)`;

/** certificateRank(): which certificate speaks for the buddy, lowest first. */
export const certificateRankSql = (status: string) => `(CASE ${status} WHEN 'valid' THEN 0 WHEN 'suspended' THEN 1 WHEN 'superseded' THEN 3 ELSE 2 END)`;

/** Certificates of one programme version that still count: the partial unique index allows one. */
export const LIVE_CERTIFICATE_SQL = `status IN ('valid', 'suspended')`;

/**
 * bestCertificate(): the buddy's certificate that speaks for them, as JSON
 * {id, number, status, issuedOn, expiresOn} with the derived status, or null.
 */
export const bestCertificateSql = (buddyId: string, today: string) => `
  (SELECT row_to_json(bc) FROM (
     SELECT c.id, c.number, ${certificateStatusSql('c.status', 'c.expires_on', today)} AS status,
            to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn"
       FROM certificates c
      WHERE c.buddy_id = ${buddyId}
      ORDER BY ${certificateRankSql(certificateStatusSql('c.status', 'c.expires_on', today))}, c.issued_on DESC, c.created_at DESC LIMIT 1) bc)`;

/** The derived status of the buddy's best certificate alone (text), or null. */
export const bestCertificateStatusSql = (buddyId: string, today: string) => `
  (SELECT ${certificateStatusSql('c.status', 'c.expires_on', today)} FROM certificates c
    WHERE c.buddy_id = ${buddyId}
    ORDER BY ${certificateRankSql(certificateStatusSql('c.status', 'c.expires_on', today))}, c.issued_on DESC, c.created_at DESC LIMIT 1)`;

/** expiryReminder(): the reminder (90, 60, 30 or 7) a certificate with `daysLeft` (int) is in, or null. */
export const expiryReminderSql = (daysLeft: string) =>
  `(CASE WHEN ${daysLeft} < 0 OR ${daysLeft} > ${EXPIRY_REMINDER_DAYS[0]} THEN NULL ${[...EXPIRY_REMINDER_DAYS]
    .reverse()
    .map((band) => `WHEN ${daysLeft} <= ${band} THEN ${band}`)
    .join(' ')} END)`;

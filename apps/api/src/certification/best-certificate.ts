/**
 * SQL for a buddy's best certificate as JSON {number, status, expiresOn}: valid and unexpired
 * first, then suspended, then the latest of the rest. `buddyId` and `today` are SQL expressions.
 */
export const bestCertificate = (buddyId: string, today: string) => `
  (SELECT row_to_json(bc) FROM (
     SELECT c.number, c.status, to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn" FROM certificates c
      WHERE c.buddy_id = ${buddyId}
      ORDER BY (c.status = 'valid' AND c.expires_on >= ${today}::date) DESC, (c.status = 'suspended') DESC, c.issued_on DESC LIMIT 1) bc)`;

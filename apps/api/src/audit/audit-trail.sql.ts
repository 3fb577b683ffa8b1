/**
 * The audit trail's SQL: each event with who acted, where, and whom it is about in words, and
 * the filters of `GET /api/audit` (the page and the CSV share them, so they always agree).
 *
 * Scope: a national reader sees every event; a reader scoped to a cluster or prisons sees the
 * events written against one of their prisons. Events with no prison (staff accounts,
 * programmes, one's own password, the demo seed's people) are national business: only
 * national readers see them.
 */

/**
 * Whom or what the event is about, in words; each branch only looks up its own kind of record.
 * An entity id that is not a UUID (history written by hand, or by an older version) names
 * nothing rather than failing the whole page.
 */
const SUBJECT_SQL = `CASE WHEN e.entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN NULL
  ELSE CASE e.entity_type
    WHEN 'buddy' THEN (SELECT b.first_name || ' ' || b.last_name || ' (' || b.prison_number || ')' FROM buddies b WHERE b.id = e.entity_id::uuid)
    WHEN 'recipient' THEN (SELECT r.first_name || ' ' || r.last_name || ' (' || r.prison_number || ')' FROM recipients r WHERE r.id = e.entity_id::uuid)
    WHEN 'certificate' THEN (SELECT 'Certificate ' || ct.number || ' for ' || b.first_name || ' ' || b.last_name || ' (' || b.prison_number || ')'
                             FROM certificates ct JOIN buddies b ON b.id = ct.buddy_id WHERE ct.id = e.entity_id::uuid)
    WHEN 'cohort' THEN (SELECT 'Cohort ' || c.name FROM cohorts c WHERE c.id = e.entity_id::uuid)
    WHEN 'user' THEN (SELECT su.display_name || ' (' || su.username || ')' FROM users su WHERE su.id = e.entity_id::uuid)
    WHEN 'prison' THEN (SELECT sp.name FROM prisons sp WHERE sp.id = e.entity_id::uuid)
    WHEN 'programme_version' THEN (SELECT pg.title || ', version ' || pv.label FROM programme_versions pv JOIN programmes pg ON pg.id = pv.programme_id WHERE pv.id = e.entity_id::uuid)
  END END`;

/** Parameters, in order, of AUDIT_TRAIL_SQL. */
export interface AuditTrailParams {
  national: boolean;
  clusterCodes: string[];
  prisonCodes: string[];
  buddyId: string | null;
  recipientId: string | null;
  cohortId: string | null;
  actorUserId: string | null;
  /** Username (exact, any case) or part of a display name; LIKE wildcards already escaped. */
  actor: string | null;
  action: string | null;
  /** London calendar days, both inclusive. */
  from: string | null;
  to: string | null;
}

export const auditTrailParams = (p: AuditTrailParams): unknown[] => [
  p.national, p.clusterCodes, p.prisonCodes, p.buddyId, p.recipientId, p.cohortId, p.actorUserId, p.actor, p.action, p.from, p.to,
];

/**
 * The matching events. A buddy's trail is every event on their record plus their certificates'
 * (which carry `after.buddyId`); a cohort's is its own plus every buddy event recorded with its
 * `cohortId` (enrolments, withdrawals, attendance, assessments). Both JSON keys are indexed.
 * A London day runs from its midnight to the next, whatever the clocks do in between.
 */
export const AUDIT_TRAIL_SQL = `
  SELECT e.id, e.occurred_at AS "occurredAt", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
         e.before, e.after, e.request_id AS "requestId",
         u.display_name AS "actorName", u.username AS "actorUsername",
         p.code AS "prisonCode", p.name AS "prisonName",
         ${SUBJECT_SQL} AS "subject"
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_user_id
    LEFT JOIN prisons p ON p.id = e.prison_id
    LEFT JOIN clusters cl ON cl.id = p.cluster_id
   WHERE ($1 OR p.code = ANY($3) OR cl.code = ANY($2))
     AND ($4::text IS NULL OR (e.entity_type = 'buddy' AND e.entity_id = $4) OR (e.entity_type = 'certificate' AND e.after->>'buddyId' = $4))
     AND ($5::text IS NULL OR (e.entity_type = 'recipient' AND e.entity_id = $5))
     AND ($6::text IS NULL OR (e.entity_type = 'cohort' AND e.entity_id = $6) OR e.after->>'cohortId' = $6)
     AND ($7::uuid IS NULL OR e.actor_user_id = $7)
     AND ($8::text IS NULL OR lower(u.username) = lower($8) OR u.display_name ILIKE '%' || $8 || '%')
     AND ($9::text IS NULL OR e.action = $9)
     AND ($10::date IS NULL OR e.occurred_at >= ($10::date::timestamp AT TIME ZONE 'Europe/London'))
     AND ($11::date IS NULL OR e.occurred_at < (($11::date + 1)::timestamp AT TIME ZONE 'Europe/London'))`;

/** Newest first; the id breaks ties between events of one transaction. */
export const AUDIT_TRAIL_ORDER = `m."occurredAt" DESC, m.id DESC`;

/** `%`, `_` and `\` typed in the "person who acted" box match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

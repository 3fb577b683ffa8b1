/**
 * The audit trail's SQL: each event with who acted, where, and whom it is about in words, and
 * the filters of `GET /api/audit` (the page, its count and the CSV share them, so they always agree).
 *
 * Scope: a national reader sees every event; a reader scoped to a cluster or prisons sees the
 * events written against one of their prisons. Events with no prison (staff accounts,
 * programmes, one's own password, the demo seed's people) are national business: only
 * national readers see them.
 *
 * Millions of events: a page first finds its event ids from audit_events alone (the filters
 * and the order are all columns of it, and its indexes serve them), then puts names and words
 * to those rows only. The count stops at AUDIT_TRAIL_COUNT_CAP.
 */

/**
 * The trail counts this many matching events at most; past it the page says "more than" and
 * offers pages up to it (narrower filters or the CSV reach the rest). Counting every event of
 * a national trail would cost a second or more on each page.
 */
export const AUDIT_TRAIL_COUNT_CAP = 10_000;

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

/**
 * The reader's prisons and the people the "person who acted" box names, looked up once so the
 * event queries compare plain ids (and the planner sees them). Parameters: national, cluster
 * codes, prison codes, the box's text (LIKE wildcards escaped) or null. Null ids mean
 * "everyone": every prison for a national reader, every person when the box is empty.
 */
export const AUDIT_TRAIL_SCOPE_SQL = `
  SELECT CASE WHEN $1 THEN NULL
              ELSE ARRAY(SELECT p.id FROM prisons p JOIN clusters cl ON cl.id = p.cluster_id WHERE p.code = ANY($3) OR cl.code = ANY($2)) END AS "prisonIds",
         CASE WHEN $4::text IS NULL THEN NULL
              ELSE ARRAY(SELECT u.id FROM users u WHERE lower(u.username) = lower($4) OR u.display_name ILIKE '%' || $4 || '%') END AS "actorIds"`;

/** Parameters, in order, of the event queries below. */
export interface AuditTrailParams {
  /** The reader's prisons; null for a national reader (every event, with or without a prison). */
  prisonIds: string[] | null;
  buddyId: string | null;
  recipientId: string | null;
  cohortId: string | null;
  actorUserId: string | null;
  /** The people the "person who acted" box names; null when it is empty. */
  actorIds: string[] | null;
  action: string | null;
  /** London calendar days, both inclusive. */
  from: string | null;
  to: string | null;
}

export const auditTrailParams = (p: AuditTrailParams): unknown[] => [
  p.prisonIds, p.buddyId, p.recipientId, p.cohortId, p.actorUserId, p.actorIds, p.action, p.from, p.to,
];

/**
 * The matching events, over audit_events `e` alone. A buddy's trail is every event on their
 * record plus their certificates' (which carry `after.buddyId`); a cohort's is its own plus
 * every buddy event recorded with its `cohortId` (enrolments, withdrawals, attendance,
 * assessments). Both JSON keys are indexed. A London day runs from its midnight to the next,
 * whatever the clocks do in between.
 */
const MATCHING = `
   WHERE ($1::uuid[] IS NULL OR e.prison_id = ANY($1))
     AND ($2::text IS NULL OR (e.entity_type = 'buddy' AND e.entity_id = $2) OR (e.entity_type = 'certificate' AND e.after->>'buddyId' = $2))
     AND ($3::text IS NULL OR (e.entity_type = 'recipient' AND e.entity_id = $3))
     AND ($4::text IS NULL OR (e.entity_type = 'cohort' AND e.entity_id = $4) OR e.after->>'cohortId' = $4)
     AND ($5::uuid IS NULL OR e.actor_user_id = $5)
     AND ($6::uuid[] IS NULL OR e.actor_user_id = ANY($6))
     AND ($7::text IS NULL OR e.action = $7)
     AND ($8::date IS NULL OR e.occurred_at >= ($8::date::timestamp AT TIME ZONE 'Europe/London'))
     AND ($9::date IS NULL OR e.occurred_at < (($9::date + 1)::timestamp AT TIME ZONE 'Europe/London'))`;

/** Newest first; the id breaks ties between events of one transaction. */
const NEWEST_FIRST = `e.occurred_at DESC, e.id DESC`;

/** Each event's columns as the page and the CSV show them. */
const EVENT_COLUMNS = `
  SELECT e.id, e.occurred_at AS "occurredAt", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
         e.before, e.after, e.request_id AS "requestId",
         u.display_name AS "actorName", u.username AS "actorUsername",
         p.code AS "prisonCode", p.name AS "prisonName",
         ${SUBJECT_SQL} AS "subject"`;

/**
 * The matching events, counted no further than $10 (the cap and one more), and when that is
 * all of them, the ids of one page ($11 events from $12). Nothing here asks for the events in
 * order, so the planner reaches them by whichever filter is narrowest (a person, a month, a
 * cluster) rather than walking the newest-first index hoping to meet them: a person who never
 * worked in the reader's prisons would have it walk all two million events.
 */
export const AUDIT_TRAIL_COUNT_SQL = `
  WITH matching AS MATERIALIZED (SELECT e.id, e.occurred_at FROM audit_events e ${MATCHING} LIMIT $10)
  SELECT (SELECT count(*)::int FROM matching) AS total,
         ARRAY(SELECT m.id FROM matching m ORDER BY m.occurred_at DESC, m.id DESC LIMIT $11 OFFSET $12) AS ids`;

/** The events with these ids ($1), newest first, with names and words. */
export const AUDIT_TRAIL_EVENTS_SQL = `
  ${EVENT_COLUMNS}
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_user_id
    LEFT JOIN prisons p ON p.id = e.prison_id
   WHERE e.id = ANY($1::uuid[])
   ORDER BY ${NEWEST_FIRST}`;

/**
 * One page ($10 events from $11) when more events match than the cap: so many that walking the
 * newest-first indexes meets the page's events soon. Ids first, names and words for those only.
 */
export const AUDIT_TRAIL_PAGE_SQL = `
  WITH page AS (SELECT e.id FROM audit_events e ${MATCHING} ORDER BY ${NEWEST_FIRST} LIMIT $10 OFFSET $11)
  ${EVENT_COLUMNS}
    FROM page
    JOIN audit_events e ON e.id = page.id
    LEFT JOIN users u ON u.id = e.actor_user_id
    LEFT JOIN prisons p ON p.id = e.prison_id
   ORDER BY ${NEWEST_FIRST}`;

/** Every matching event in the page's order, for the CSV (streamed, never counted). */
export const AUDIT_TRAIL_CSV_SQL = `
  ${EVENT_COLUMNS}
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_user_id
    LEFT JOIN prisons p ON p.id = e.prison_id
  ${MATCHING}
   ORDER BY ${NEWEST_FIRST}`;

/** `%`, `_` and `\` typed in the "person who acted" box match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

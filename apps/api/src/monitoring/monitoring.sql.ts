import { STAGE_OF_BUDDY, stageFactsJoin } from '@peerpath/api/buddies/buddies.sql';
import { certificateStatusSql } from '@peerpath/api/certification/certification.sql';
import { cohortStatusSql } from '@peerpath/api/cohorts/cohorts.sql';
import { outcomeReviewDueOnSql, outcomeReviewFactsSql } from '@peerpath/api/outcomes/outcomes.sql';
import { attendanceCountedSql, attendedSql, moduleProgressStateSql } from '@peerpath/api/progress/progress.sql';
import { supervisedWithinSql, supervisionFactsSql, supervisionNextDueSql, supervisionStateSql } from '@peerpath/api/supervision/supervision.sql';

/**
 * The monitoring figures as SQL. Every statement takes the same parameters:
 * $1 the ids of the prisons in scope, $2..$3 the period, $4..$5 the previous period, $6 today
 * (all the prison's calendar days). Each filters on a prison id first, so the prison_id
 * indexes serve it, and aggregates in PostgreSQL: no rows come back to be counted.
 *
 * Statements that give per-prison figures group by GROUPING SETS ((prison_id), ()): the row
 * with a null prison_id is the whole scope (medians included), the others feed the comparison.
 */
const IN_SCOPE = `ANY($1::uuid[])`;
const FROM = '$2::date';
const TO = '$3::date';
const PREV_FROM = '$4::date';
const PREV_TO = '$5::date';
const TODAY = '$6::date';

export const MONITORING_PARAMS = (prisonIds: string[], period: { from: string; to: string }, previous: { from: string; to: string }, today: string) => [
  prisonIds,
  period.from,
  period.to,
  previous.from,
  previous.to,
  today,
];

/**
 * Every statement is sent with all six parameters; one that reads only some still declares
 * the types of all (PostgreSQL cannot guess the type of a parameter nobody reads).
 */
const DECLARE_PARAMS = `monitoring_params AS (SELECT $1::uuid[], $2::date, $3::date, $4::date, $5::date, $6::date)`;
export const withAllParams = (sql: string) => (/^\s*WITH /.test(sql) ? sql.replace(/^\s*WITH /, `WITH ${DECLARE_PARAMS}, `) : `WITH ${DECLARE_PARAMS} ${sql}`);

/** A timestamp as the prison's calendar day. */
const londonDay = (at: string) => `(${at} AT TIME ZONE 'Europe/London')::date`;

/** Within the period ("cur") or the previous one ("prev"), on a date column. */
const inPeriod = (on: string) => `${on} BETWEEN ${FROM} AND ${TO}`;
const inPrevious = (on: string) => `${on} BETWEEN ${PREV_FROM} AND ${PREV_TO}`;
/** Either of the two periods: what the event branches keep. */
const inEither = (on: string) => `${on} BETWEEN ${PREV_FROM} AND ${TO}`;

const hoursOf = (startsAt: string, endsAt: string) => `(EXTRACT(EPOCH FROM (${endsAt} - ${startsAt})) / 3600.0)`;

/**
 * Everything that happened in the two periods at prisons in scope, one row per event:
 * (prison_id, kind, on_date, who_id, n1, n2, n3, label, flag). Each branch is filtered on its
 * own prison column and date, and a `kind` filter on the CTE prunes branches not asked for.
 * Supervisions, the most numerous, are apart (SUPERVISIONS below) and aggregated on their own.
 */
const EVENTS = `ev AS (
  SELECT b.prison_id, 'applied'::text AS kind, b.applied_on AS on_date, b.id AS who_id, NULL::numeric AS n1, NULL::numeric AS n2, NULL::numeric AS n3, NULL::text AS label, NULL::boolean AS flag
    FROM buddies b WHERE b.prison_id = ${IN_SCOPE} AND ${inEither('b.applied_on')}
  UNION ALL
  SELECT b.prison_id, CASE sd.outcome WHEN 'approved' THEN 'selected' ELSE 'declined' END, sd.decided_on, b.id, NULL, NULL, NULL, 'Declined at selection', NULL
    FROM selection_decisions sd JOIN buddies b ON b.id = sd.buddy_id WHERE b.prison_id = ${IN_SCOPE} AND ${inEither('sd.decided_on')}
  UNION ALL
  SELECT co.prison_id, 'enrolled', e.enrolled_on, e.buddy_id, NULL, NULL, NULL, NULL, NULL
    FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE co.prison_id = ${IN_SCOPE} AND ${inEither('e.enrolled_on')}
  UNION ALL
  SELECT co.prison_id, 'withdrawn', e.withdrawn_on, e.buddy_id, NULL, NULL, NULL, 'Withdrew from training: ' || COALESCE(NULLIF(trim(e.withdrawal_reason), ''), 'no reason recorded'), NULL
    FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE co.prison_id = ${IN_SCOPE} AND ${inEither('e.withdrawn_on')}
  UNION ALL
  SELECT c.prison_id, CASE WHEN c.renews_certificate_id IS NULL THEN 'certified' ELSE 'renewed' END, c.issued_on, c.buddy_id,
         c.issued_on - (SELECT max(sd.decided_on) FROM selection_decisions sd WHERE sd.buddy_id = c.buddy_id AND sd.outcome = 'approved' AND sd.decided_on <= c.issued_on),
         NULL, NULL, NULL, NULL
    FROM certificates c WHERE c.prison_id = ${IN_SCOPE} AND ${inEither('c.issued_on')}
  UNION ALL
  SELECT a.prison_id, 'allocated', a.starts_on, a.buddy_id, NULL, NULL, NULL, NULL, NULL
    FROM allocations a WHERE a.prison_id = ${IN_SCOPE} AND ${inEither('a.starts_on')}
  UNION ALL
  SELECT a.prison_id, 'allocation_ended', a.ended_on, a.buddy_id, NULL, NULL, NULL, COALESCE(NULLIF(trim(a.end_reason), ''), 'No reason recorded'), NULL
    FROM allocations a WHERE a.prison_id = ${IN_SCOPE} AND a.status = 'ended' AND ${inEither('a.ended_on')}
  UNION ALL
  SELECT t.from_prison_id, 'transferred_out', t.transferred_on, t.buddy_id, NULL, NULL, NULL, 'Transferred to another prison', NULL
    FROM buddy_transfers t WHERE t.from_prison_id = ${IN_SCOPE} AND ${inEither('t.transferred_on')}
  UNION ALL
  SELECT b.prison_id, 'released', b.released_on, b.id, NULL, NULL, NULL, 'Released', NULL
    FROM buddies b WHERE b.prison_id = ${IN_SCOPE} AND ${inEither('b.released_on')}
  UNION ALL
  SELECT c.prison_id, 'concern_raised', ${londonDay('c.raised_at')}, c.buddy_id, NULL, NULL, NULL, c.kind::text, NULL
    FROM concerns c WHERE c.prison_id = ${IN_SCOPE} AND ${inEither(londonDay('c.raised_at'))}
  UNION ALL
  SELECT c.prison_id, 'concern_resolved', ${londonDay('c.reviewed_at')}, c.buddy_id, ${londonDay('c.reviewed_at')} - ${londonDay('c.raised_at')}, NULL, NULL, c.kind::text,
         trim(COALESCE(c.outcome, '')) <> ''
    FROM concerns c WHERE c.prison_id = ${IN_SCOPE} AND c.status = 'resolved' AND ${inEither(londonDay('c.reviewed_at'))}
  UNION ALL
  SELECT c.prison_id, 'suspension', ${londonDay('x.changed_at')}, c.buddy_id, NULL, NULL, NULL, NULL, NULL
    FROM certificate_status_changes x JOIN certificates c ON c.id = x.certificate_id
   WHERE c.prison_id = ${IN_SCOPE} AND x.to_status = 'suspended' AND ${inEither(londonDay('x.changed_at'))}
  UNION ALL
  SELECT co.prison_id, 'session', ts.held_on, NULL,
         ${hoursOf('ts.starts_at', 'ts.ends_at')} * GREATEST(1, (SELECT count(*) FROM cohort_staff cs WHERE cs.cohort_id = co.id AND cs.role = 'trainer')),
         NULL, NULL, NULL, EXISTS (SELECT 1 FROM attendance_marks am WHERE am.session_id = ts.id)
    FROM training_sessions ts JOIN cohorts co ON co.id = ts.cohort_id
   WHERE co.prison_id = ${IN_SCOPE} AND ${inEither('ts.held_on')} AND ts.held_on <= ${TODAY}
  UNION ALL
  SELECT co.prison_id, 'mark', ts.held_on, am.buddy_id, ${attendedSql('am.mark')}::int, ${attendanceCountedSql('am.mark')}::int, NULL, NULL, NULL
    FROM attendance_marks am JOIN training_sessions ts ON ts.id = am.session_id JOIN cohorts co ON co.id = ts.cohort_id
   WHERE co.prison_id = ${IN_SCOPE} AND ${inEither('ts.held_on')}
  UNION ALL
  SELECT co.prison_id, 'cohort_finished', co.ends_on, NULL, NULL, NULL, NULL, NULL, NULL
    FROM cohorts co WHERE co.prison_id = ${IN_SCOPE} AND ${inEither('co.ends_on')} AND ${cohortStatusSql('co.starts_on', 'co.ends_on', TODAY)} = 'finished'
  UNION ALL
  SELECT o.prison_id, 'review', o.reviewed_on, o.recipient_id, o.helps_score, o.independence_score, NULL, NULL, NULL
    FROM outcome_reviews o WHERE o.prison_id = ${IN_SCOPE} AND ${inEither('o.reviewed_on')}
)`;

/** The same aggregate over the period and the previous period, as columns `name` and `name_prev`. */
const both = (name: string, aggregate: (when: string) => string) =>
  `${aggregate(inPeriod('ev.on_date'))} AS "${name}", ${aggregate(inPrevious('ev.on_date'))} AS "${name}_prev"`;
const countOf = (kind: string, extra = 'true') => (when: string) => `count(*) FILTER (WHERE ev.kind = '${kind}' AND ${extra} AND ${when})`;
const buddiesOf = (kind: string) => (when: string) => `count(DISTINCT ev.who_id) FILTER (WHERE ev.kind = '${kind}' AND ${when})`;
const medianOf = (kind: string, column: string) => (when: string) =>
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY ev.${column}) FILTER (WHERE ev.kind = '${kind}' AND ev.${column} IS NOT NULL AND ${when})`;
const sumOf = (kind: string, value: string) => (when: string) => `sum(${value}) FILTER (WHERE ev.kind = '${kind}' AND ${when})`;
const SUPERVISION_HOURS = 'ev.n1 / 60.0';

/**
 * Supervisions held in the two periods at prisons in scope, as events of kind 'supervision'
 * (n1 minutes, n2 wellbeing, n3 days since the buddy's previous supervision, flag actions agreed).
 * The previous supervision is found among the buddy's own supervisions of the two periods (at any
 * prison) by a window; only a buddy's first supervision there looks further back, in the index.
 */
const SUPERVISIONS = `sup AS (
  SELECT s.prison_id, 'supervision'::text AS kind, s.held_on AS on_date, s.buddy_id AS who_id, s.duration_minutes::numeric AS n1, s.wellbeing::numeric AS n2,
         (s.held_on - COALESCE(s.earlier, (SELECT max(s2.held_on) FROM supervisions s2 WHERE s2.buddy_id = s.buddy_id AND s2.held_on < s.held_on)))::numeric AS n3,
         trim(s.agreed_actions) <> '' AS flag
    FROM (SELECT DISTINCT s1.buddy_id FROM supervisions s1 WHERE s1.prison_id = ${IN_SCOPE} AND ${inEither('s1.held_on')}) b
   CROSS JOIN LATERAL (
     SELECT s.prison_id, s.held_on, s.buddy_id, s.duration_minutes, s.wellbeing, s.agreed_actions,
            max(s.held_on) OVER (ORDER BY s.held_on RANGE BETWEEN UNBOUNDED PRECEDING AND '1 day' PRECEDING) AS earlier
       FROM supervisions s WHERE s.buddy_id = b.buddy_id AND ${inEither('s.held_on')}) s
   WHERE s.prison_id = ${IN_SCOPE})`;

/** A figure over both periods: its name, its aggregate, and whether it is a count (0 when a prison has none of it). */
type PeriodFigure = [string, (when: string) => string, boolean];

const EVENT_FIGURES: PeriodFigure[] = [
  ['applied', buddiesOf('applied'), true],
  ['selected', buddiesOf('selected'), true],
  ['declined', buddiesOf('declined'), true],
  ['enrolled', buddiesOf('enrolled'), true],
  ['certified', buddiesOf('certified'), true],
  ['allocated', buddiesOf('allocated'), true],
  ['medianDaysToCertificate', medianOf('certified', 'n1'), false],
  ['left', (w) => `count(*) FILTER (WHERE ev.kind IN ('transferred_out', 'released', 'withdrawn', 'declined') AND ${w})`, true],
  ['renewed', countOf('renewed'), true],
  ['sessionsHeld', countOf('session'), true],
  ['sessionsWithAttendance', countOf('session', 'ev.flag'), true],
  ['attended', sumOf('mark', 'ev.n1'), false],
  ['counted', sumOf('mark', 'ev.n2'), false],
  ['cohortsFinished', countOf('cohort_finished'), true],
  ['allocationsStarted', countOf('allocated'), true],
  ['allocationsEnded', countOf('allocation_ended'), true],
  ['concernsRaised', countOf('concern_raised'), true],
  ['concernsResolved', countOf('concern_resolved'), true],
  ['concernsResolvedWithOutcome', countOf('concern_resolved', 'ev.flag'), true],
  ['medianDaysToResolve', medianOf('concern_resolved', 'n1'), false],
  ['suspensions', countOf('suspension'), true],
  ['reviews', countOf('review'), true],
  ['recipientsReviewed', buddiesOf('review'), true],
  ['medianHelps', medianOf('review', 'n1'), false],
  ['medianIndependence', medianOf('review', 'n2'), false],
  ['trainerHours', sumOf('session', 'ev.n1'), false],
  ['trainerCost', sumOf('session', 'ev.n1 * p.staff_cost_per_hour_pence / 100.0'), false],
];

const SUPERVISION_FIGURES: PeriodFigure[] = [
  ['supervisionsHeld', countOf('supervision'), true],
  ['supervisionsWithActions', countOf('supervision', 'ev.flag'), true],
  ['medianDaysBetweenSupervisions', medianOf('supervision', 'n3'), false],
  ['medianWellbeing', medianOf('supervision', 'n2'), false],
  ['supervisionHours', sumOf('supervision', SUPERVISION_HOURS), false],
  ['supervisionCost', sumOf('supervision', `${SUPERVISION_HOURS} * p.staff_cost_per_hour_pence / 100.0`), false],
];

/** Each figure over both periods, per prison ('k' its id) and for the whole scope ('k' = 'all'). */
const figuresOf = (figures: PeriodFigure[], from: string) => `
SELECT COALESCE(ev.prison_id::text, 'all') AS k, ev.prison_id,
  ${figures.map(([name, aggregate]) => both(name, aggregate)).join(',\n  ')}
FROM ${from} JOIN prisons p ON p.id = ev.prison_id
GROUP BY GROUPING SETS ((ev.prison_id), ())`;
/** The figures as columns of the joined row. */
const columnsOf = (figures: PeriodFigure[], from: string) =>
  figures.flatMap(([name, , isCount]) => [name, `${name}_prev`].map((c) => (isCount ? `COALESCE(${from}."${c}", 0) AS "${c}"` : `${from}."${c}"`))).join(',\n  ');

/**
 * The period figures, per prison and for the whole scope. Supervisions are aggregated apart
 * from the other events, so each row meets only the figures of its own kind.
 */
export const PERIOD_FIGURES_SQL = `WITH ${EVENTS}, ${SUPERVISIONS},
evf AS (${figuresOf(EVENT_FIGURES, 'ev')}),
sf AS (${figuresOf(SUPERVISION_FIGURES, 'sup ev')})
SELECT COALESCE(evf.prison_id, sf.prison_id) AS prison_id,
  ${columnsOf(EVENT_FIGURES, 'evf')},
  ${columnsOf(SUPERVISION_FIGURES, 'sf')}
  FROM evf FULL JOIN sf ON sf.k = evf.k`;

/** Events counted by what they were and why (leavers, allocation end reasons, concerns by kind), in both periods. */
export const PERIOD_REASONS_SQL = `WITH ${EVENTS}
SELECT ev.kind, ev.label, ${both('count', (w) => `count(*) FILTER (WHERE ${w})`)}
  FROM ev WHERE ev.kind IN ('transferred_out', 'released', 'withdrawn', 'declined', 'allocation_ended', 'concern_raised')
 GROUP BY ev.kind, ev.label ORDER BY ev.kind, ev.label`;

/**
 * Supervisions and training sessions held per calendar month of the period: read straight from
 * their tables by prison and day (the events above carry per-row lookups these do not need).
 */
export const PER_MONTH_SQL = `WITH held AS (
  SELECT 'supervision'::text AS kind, s.held_on AS on_date FROM supervisions s WHERE s.prison_id = ${IN_SCOPE} AND ${inPeriod('s.held_on')}
  UNION ALL
  SELECT 'session', ts.held_on FROM training_sessions ts JOIN cohorts co ON co.id = ts.cohort_id
   WHERE co.prison_id = ${IN_SCOPE} AND ${inPeriod('ts.held_on')} AND ts.held_on <= ${TODAY}),
per AS (
  SELECT date_trunc('month', h.on_date) AS month, count(*) FILTER (WHERE h.kind = 'supervision') AS supervisions, count(*) FILTER (WHERE h.kind = 'session') AS sessions
    FROM held h GROUP BY 1)
SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(per.supervisions, 0) AS supervisions, COALESCE(per.sessions, 0) AS sessions
  FROM generate_series(date_trunc('month', ${FROM}), ${TO}, interval '1 month') AS m(month)
  LEFT JOIN per ON per.month = m.month
 ORDER BY m.month`;

/** Outcome review and wellbeing medians per calendar quarter of the period (the trend), from their tables. */
export const PER_QUARTER_SQL = `WITH held AS (
  SELECT 'review'::text AS kind, o.reviewed_on AS on_date, o.helps_score AS helps, o.independence_score AS independence, NULL::int AS wellbeing
    FROM outcome_reviews o WHERE o.prison_id = ${IN_SCOPE} AND ${inPeriod('o.reviewed_on')}
  UNION ALL
  SELECT 'supervision', s.held_on, NULL, NULL, s.wellbeing FROM supervisions s WHERE s.prison_id = ${IN_SCOPE} AND ${inPeriod('s.held_on')})
SELECT to_char(q.quarter, 'YYYY "Q"Q') AS quarter,
       count(h.kind) FILTER (WHERE h.kind = 'review') AS reviews,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY h.helps) FILTER (WHERE h.kind = 'review') AS helps,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY h.independence) FILTER (WHERE h.kind = 'review') AS independence,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY h.wellbeing) FILTER (WHERE h.kind = 'supervision') AS wellbeing
  FROM generate_series(date_trunc('quarter', ${FROM}), ${TO}, interval '3 months') AS q(quarter)
  LEFT JOIN held h ON date_trunc('quarter', h.on_date) = q.quarter
 GROUP BY q.quarter ORDER BY q.quarter`;

/** Weekly-hours bands (planned hours of a buddy's active allocations), as [key, label, lower exclusive, upper inclusive]. */
export const HOURS_BANDS: readonly [string, string, number, number | null][] = [
  ['h0_2', 'Up to 2 hours', 0, 2],
  ['h2_4', 'Over 2, up to 4 hours', 2, 4],
  ['h4_6', 'Over 4, up to 6 hours', 4, 6],
  ['h6_8', 'Over 6, up to 8 hours', 6, 8],
  ['h8_10', 'Over 8, up to 10 hours', 8, 10],
  ['h10_', 'Over 10 hours', 10, null],
];

const NEXT_DUE = supervisionNextDueSql('sf."trainingStartedOn"::date', 'sf."lastSupervisedOn"::date', 'sf."intervalDays"');

/** Per buddy at a prison in scope, now: stage, whether supervision applies, its state, planned weekly hours. */
const BUDDIES_NOW = `bf AS (
  SELECT b.prison_id, ${STAGE_OF_BUDDY} AS stage,
         (b.selection_status = 'approved' AND b.released_on IS NULL AND sf."trainingStartedOn" IS NOT NULL) AS active,
         ${supervisionStateSql(NEXT_DUE, TODAY)} AS supervision_state,
         ${NEXT_DUE} AS next_due,
         ${supervisedWithinSql('sf."lastSupervisedOn"::date', 'sf."intervalDays"', TODAY)} AS within_policy,
         h.planned, p.weekly_hours_cap AS cap
    FROM buddies b JOIN prisons p ON p.id = b.prison_id
    ${stageFactsJoin(TODAY)}
    -- OFFSET 0 keeps the facts a subquery run once per buddy: pulled up, each use of the next
    -- due date below would run its lookups again.
    CROSS JOIN LATERAL (SELECT ${supervisionFactsSql(TODAY)} OFFSET 0) sf
    LEFT JOIN LATERAL (SELECT sum(a.planned_weekly_hours) AS planned FROM allocations a WHERE a.buddy_id = b.id AND a.status = 'active') h ON true
   WHERE b.prison_id = ${IN_SCOPE})`;

export const BUDDIES_NOW_SQL = (stages: readonly string[]) => `WITH ${BUDDIES_NOW}
SELECT bf.prison_id,
  ${stages.map((s) => `count(*) FILTER (WHERE bf.stage = '${s}') AS "stage_${s}"`).join(',\n  ')},
  count(*) FILTER (WHERE bf.active) AS active,
  count(*) FILTER (WHERE bf.active AND bf.supervision_state = 'overdue') AS overdue,
  count(*) FILTER (WHERE bf.active AND bf.supervision_state = 'due_soon') AS "dueSoon",
  count(*) FILTER (WHERE bf.active AND bf.supervision_state = 'up_to_date') AS "upToDate",
  count(*) FILTER (WHERE bf.active AND bf.next_due BETWEEN ${TODAY} AND ${TODAY} + 14) AS "due14",
  count(*) FILTER (WHERE bf.active AND bf.within_policy) AS "withinPolicy",
  count(*) FILTER (WHERE bf.planned IS NOT NULL) AS "withAllocations",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY bf.planned) AS "medianPlannedHours",
  count(*) FILTER (WHERE bf.planned >= bf.cap) AS "atOrOverCap",
  ${HOURS_BANDS.map(([key, , low, high]) => `count(*) FILTER (WHERE bf.planned > ${low}${high === null ? '' : ` AND bf.planned <= ${high}`}) AS "${key}"`).join(',\n  ')}
FROM bf GROUP BY GROUPING SETS ((bf.prison_id), ())`;

/** The buddies whose planned weekly hours are at or over their prison's cap, now (a short list by its nature). */
export const AT_CAP_SQL = `
SELECT p.name AS prison, b.prison_number AS "prisonNumber", b.first_name || ' ' || b.last_name AS name, h.planned::float AS "plannedHours", p.weekly_hours_cap AS cap
  FROM buddies b JOIN prisons p ON p.id = b.prison_id
  JOIN LATERAL (SELECT sum(a.planned_weekly_hours) AS planned FROM allocations a WHERE a.buddy_id = b.id AND a.status = 'active') h ON true
 WHERE b.prison_id = ${IN_SCOPE} AND h.planned >= p.weekly_hours_cap
 ORDER BY h.planned DESC, p.name, b.last_name, b.first_name`;

const CERT_STATUS = certificateStatusSql('c.status', 'c.expires_on', TODAY);
const expiringWithin = (days: number) => `count(*) FILTER (WHERE ${CERT_STATUS} = 'valid' AND c.expires_on <= ${TODAY} + ${days}) AS "expiring${days}"`;

/** Certificates by the status people see today (superseded ones left out: a renewal replaced them). */
export const CERTIFICATES_NOW_SQL = `
SELECT c.prison_id,
  count(*) FILTER (WHERE ${CERT_STATUS} = 'valid') AS valid,
  ${expiringWithin(90)}, ${expiringWithin(60)}, ${expiringWithin(30)},
  count(*) FILTER (WHERE ${CERT_STATUS} = 'expired') AS expired,
  count(*) FILTER (WHERE ${CERT_STATUS} = 'suspended') AS suspended,
  count(*) FILTER (WHERE ${CERT_STATUS} = 'revoked') AS revoked
FROM certificates c WHERE c.prison_id = ${IN_SCOPE}
GROUP BY GROUPING SETS ((c.prison_id), ())`;

/** Cohorts by status today, per prison and in all. */
export const COHORTS_NOW_SQL = `
SELECT co.prison_id,
  ${['planned', 'running', 'finished'].map((s) => `count(*) FILTER (WHERE ${cohortStatusSql('co.starts_on', 'co.ends_on', TODAY)} = '${s}') AS ${s}`).join(', ')}
FROM cohorts co WHERE co.prison_id = ${IN_SCOPE}
GROUP BY GROUPING SETS ((co.prison_id), ())`;

/** Open concerns today, per prison, per kind and in all. */
export const CONCERNS_NOW_SQL = `
SELECT c.prison_id, c.kind::text AS kind, count(*) AS open
  FROM concerns c WHERE c.prison_id = ${IN_SCOPE} AND c.status = 'open'
 GROUP BY GROUPING SETS ((c.prison_id), (c.kind), ())`;

const OVERLAPS = (from: string, to: string) => `a.starts_on <= ${to} AND COALESCE(a.ended_on, ${TODAY}) >= ${from}`;

/** Per recipient at a prison in scope: supported in either period, supported now, waiting since when, care plan, outcome review due. */
export const RECIPIENTS_SQL = `WITH rf AS (
  SELECT r.prison_id,
         COALESCE(ra.supported_cur, false) AS supported_cur,
         COALESCE(ra.supported_prev, false) AS supported_prev,
         COALESCE(ra.supported_now, false) AS supported_now,
         COALESCE(ra.last_ended, ${londonDay('r.created_at')}) AS waiting_since,
         trim(r.care_plan_reference) <> '' AS has_care_plan,
         ${outcomeReviewFactsSql(TODAY)}
    FROM recipients r
    -- The recipient's allocations read once for all four facts (OFFSET 0: not once per use).
    CROSS JOIN LATERAL (
      SELECT bool_or(${OVERLAPS(FROM, TO)}) AS supported_cur,
             bool_or(${OVERLAPS(PREV_FROM, PREV_TO)}) AS supported_prev,
             bool_or(a.status = 'active' AND a.starts_on <= ${TODAY}) AS supported_now,
             max(a.ended_on) FILTER (WHERE a.status = 'ended') AS last_ended
        FROM allocations a WHERE a.recipient_id = r.id OFFSET 0) ra
   WHERE r.prison_id = ${IN_SCOPE})
SELECT rf.prison_id,
  count(*) AS recipients,
  count(*) FILTER (WHERE rf.supported_cur) AS supported,
  count(*) FILTER (WHERE rf.supported_prev) AS supported_prev,
  count(*) FILTER (WHERE rf.supported_now) AS "supportedNow",
  count(*) FILTER (WHERE NOT rf.supported_now) AS waiting,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${TODAY} - rf.waiting_since) FILTER (WHERE NOT rf.supported_now) AS "medianDaysWaiting",
  count(*) FILTER (WHERE rf.has_care_plan) AS "withCarePlan",
  count(*) FILTER (WHERE rf.supported_now AND ${outcomeReviewDueOnSql('rf.supported_since', 'rf.last_reviewed_on')} <= ${TODAY}) AS "reviewsDue"
FROM rf GROUP BY GROUPING SETS ((rf.prison_id), ())`;

/** Active allocations now: how many, how many name their tasks. */
export const ALLOCATIONS_NOW_SQL = `
SELECT a.prison_id, count(*) AS active, count(*) FILTER (WHERE cardinality(a.tasks) > 0) AS "withTasks"
  FROM allocations a WHERE a.prison_id = ${IN_SCOPE} AND a.status = 'active'
 GROUP BY GROUPING SETS ((a.prison_id), ())`;

/** Active allocations by task, with their planned weekly hours (an allocation with two tasks counts under each). */
export const HOURS_BY_TASK_SQL = `
SELECT t.task, count(*) AS allocations, sum(a.planned_weekly_hours)::float AS hours
  FROM allocations a CROSS JOIN LATERAL unnest(a.tasks) AS t(task)
 WHERE a.prison_id = ${IN_SCOPE} AND a.status = 'active'
 GROUP BY t.task`;

/**
 * Per module of the programme versions being taught: buddies holding an active place on a
 * cohort in scope, by their progress on the module (the latest decision on each criterion counts).
 * The latest decisions are read buddy by buddy from the (buddy, criterion, seq) covering index,
 * so only the decisions of buddies in scope are visited, never the whole history.
 */
export const MODULE_PROGRESS_SQL = `WITH places AS (
  SELECT DISTINCT e.buddy_id, co.programme_version_id FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
   WHERE co.prison_id = ${IN_SCOPE} AND e.status = 'active'),
latest AS (
  SELECT pb.buddy_id, l.criterion_id, l.outcome
    FROM (SELECT DISTINCT buddy_id FROM places) pb
   CROSS JOIN LATERAL (
     SELECT DISTINCT ON (d.criterion_id) d.criterion_id, d.outcome FROM assessment_decisions d
      WHERE d.buddy_id = pb.buddy_id ORDER BY d.criterion_id DESC, d.seq DESC) l),
decided AS MATERIALIZED (
  SELECT l.buddy_id, ac.module_id, count(*) AS decided, count(*) FILTER (WHERE l.outcome = 'met') AS met
    FROM latest l JOIN assessment_criteria ac ON ac.id = l.criterion_id
   GROUP BY l.buddy_id, ac.module_id),
modules AS (
  SELECT m.id, m.programme_version_id, count(ac.id) AS total FROM programme_modules m LEFT JOIN assessment_criteria ac ON ac.module_id = m.id GROUP BY m.id),
per AS (
  SELECT m.id AS module_id, m.total, COALESCE(dc.decided, 0) AS decided, COALESCE(dc.met, 0) AS met
    FROM places pl JOIN modules m ON m.programme_version_id = pl.programme_version_id
    LEFT JOIN decided dc ON dc.buddy_id = pl.buddy_id AND dc.module_id = m.id)
SELECT pr.title || ' (' || pv.label || ')' AS programme, m.number AS "moduleNumber", m.number || '. ' || m.title AS module,
  count(*) FILTER (WHERE ${moduleProgressStateSql('per.met', 'per.total', 'per.decided')} = 'complete') AS complete,
  count(*) FILTER (WHERE ${moduleProgressStateSql('per.met', 'per.total', 'per.decided')} = 'in_progress') AS "inProgress",
  count(*) FILTER (WHERE ${moduleProgressStateSql('per.met', 'per.total', 'per.decided')} = 'not_started') AS "notStarted"
  FROM per JOIN programme_modules m ON m.id = per.module_id JOIN programme_versions pv ON pv.id = m.programme_version_id JOIN programmes pr ON pr.id = pv.programme_id
 GROUP BY pr.title, pv.label, m.number, m.title ORDER BY pr.title, pv.label, m.number`;

/**
 * The criteria most often assessed "not yet met" in the period (the ten most). The partial
 * index of "not yet met" decisions by (cohort, day) gives just the period's rows of each
 * cohort in scope. They are counted per criterion and buddy first, on narrow keys (criteria
 * worded alike count as one, as they are shown), so the distinct buddies are a count of
 * groups rather than a sort of every decision with its wording.
 */
export const NOT_YET_MET_SQL = `WITH named AS (
  SELECT ac.id, first_value(ac.id) OVER (PARTITION BY m.number, m.title, ac.code, ac.text ORDER BY ac.id) AS key
    FROM assessment_criteria ac JOIN programme_modules m ON m.id = ac.module_id),
per AS (
  SELECT n.key, d.buddy_id, count(*) AS times
    FROM cohorts co JOIN assessment_decisions d ON d.cohort_id = co.id JOIN named n ON n.id = d.criterion_id
   WHERE co.prison_id = ${IN_SCOPE} AND d.outcome = 'not_yet_met' AND ${inPeriod('d.assessed_on')}
   GROUP BY n.key, d.buddy_id),
top AS (
  SELECT per.key, sum(per.times)::bigint AS times, count(*) AS buddies FROM per GROUP BY per.key)
SELECT m.number || '. ' || m.title AS module, ac.code AS criterion, ac.text, top.times, top.buddies
  FROM top JOIN assessment_criteria ac ON ac.id = top.key JOIN programme_modules m ON m.id = ac.module_id
 ORDER BY top.times DESC, top.buddies DESC, ac.code LIMIT 10`;

const RATE = `round(100.0 * count(*) FILTER (WHERE ${attendedSql('am.mark')}) / NULLIF(count(*) FILTER (WHERE ${attendanceCountedSql('am.mark')}), 0))`;

/** Attendance per cohort over the sessions held in the period. */
export const ATTENDANCE_BY_COHORT_SQL = `
SELECT co.name AS cohort, p.name AS prison, ${cohortStatusSql('co.starts_on', 'co.ends_on', TODAY)} AS status,
       count(DISTINCT ts.id) AS sessions, count(*) FILTER (WHERE ${attendedSql('am.mark')}) AS attended,
       count(*) FILTER (WHERE am.mark = 'absent') AS absent, ${RATE} AS rate
  FROM training_sessions ts JOIN cohorts co ON co.id = ts.cohort_id JOIN prisons p ON p.id = co.prison_id
  LEFT JOIN attendance_marks am ON am.session_id = ts.id
 WHERE co.prison_id = ${IN_SCOPE} AND ${inPeriod('ts.held_on')} AND ts.held_on <= ${TODAY}
 GROUP BY co.id, co.name, p.name, co.starts_on, co.ends_on ORDER BY p.name, co.starts_on, co.name`;

/** Attendance per module over the sessions held in the period (a session teaching two modules counts for each). */
export const ATTENDANCE_BY_MODULE_SQL = `
SELECT pr.title || ' (' || pv.label || ')' AS programme, m.number || '. ' || m.title AS module,
       count(DISTINCT ts.id) AS sessions, count(*) FILTER (WHERE ${attendedSql('am.mark')}) AS attended,
       count(*) FILTER (WHERE am.mark = 'absent') AS absent, ${RATE} AS rate
  FROM training_sessions ts JOIN cohorts co ON co.id = ts.cohort_id
  JOIN training_session_modules tsm ON tsm.session_id = ts.id JOIN programme_modules m ON m.id = tsm.module_id
  JOIN programme_versions pv ON pv.id = m.programme_version_id JOIN programmes pr ON pr.id = pv.programme_id
  LEFT JOIN attendance_marks am ON am.session_id = ts.id
 WHERE co.prison_id = ${IN_SCOPE} AND ${inPeriod('ts.held_on')} AND ts.held_on <= ${TODAY}
 GROUP BY pr.title, pv.label, m.number, m.title ORDER BY pr.title, pv.label, m.number`;

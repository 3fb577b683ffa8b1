import { type ATTENTION_LISTS, EXPIRY_REMINDER_DAYS, NOT_YET_MET_ATTENTION_DAYS } from '@peerpath/domain';

/** A list's key, as the domain names the lists (this module imports the domain alone). */
type AttentionListKey = keyof typeof ATTENTION_LISTS;
import { certificateNoLongerValidSql, overWeeklyHoursCapSql, recipientWaitingSinceSql } from '@peerpath/api/allocation/allocation.sql';
import { certificateStatusSql, expiryReminderSql, bestCertificateStatusSql } from '@peerpath/api/certification/certification.sql';
import { cohortStatusSql } from '@peerpath/api/cohorts/cohorts.sql';
import { outcomeReviewDueOnSql, outcomeReviewFactsByRecipientSql, outcomeReviewFactsSql } from '@peerpath/api/outcomes/outcomes.sql';
import { supervisionDatesByBuddySql, supervisionFactsSql, supervisionNextDueSql, supervisionStateSql } from '@peerpath/api/supervision/supervision.sql';

/*
 * Each attention list as one SELECT over the reused rules. Every list reads the caller from the
 * one-row `ctx` (scope, today, who they are), so the summary counts the very same rows the list
 * pages through and the CSV streams: the count beside Home can never disagree with the list.
 */

/**
 * The caller, as the one row every list joins: $1–$6 (see contextParams). The prisons they
 * coordinate and train at are resolved to ids here, once, so each list filters its driving
 * table by `prison_id` (an index) before any per-row rule runs: a one-prison coordinator's
 * lists never look at the rest of the country.
 */
export const CONTEXT_CTE = `WITH ctx AS MATERIALIZED (
  SELECT $4::date AS today, $5::uuid AS actor,
         ARRAY(SELECT p.id FROM prisons p JOIN clusters cl ON cl.id = p.cluster_id
                WHERE $1::boolean OR cl.code = ANY($2::text[]) OR p.code = ANY($3::text[])) AS prison_ids,
         ARRAY(SELECT p.id FROM prisons p WHERE p.code = ANY($6::text[])) AS trainer_prison_ids)`;

/** Rows of `table` at a prison the caller coordinates (a scalar subquery, so an index condition). */
const COORDINATES = (table: string) => `${table}.prison_id = ANY((SELECT ctx.prison_ids FROM ctx)::uuid[])`;
/** A cohort `co` the caller delivers: on its staff, and a trainer at its prison. */
const DELIVERS = `(co.prison_id = ANY((SELECT ctx.trainer_prison_ids FROM ctx)::uuid[]) AND EXISTS (SELECT 1 FROM cohort_staff cs WHERE cs.cohort_id = co.id AND cs.user_id = ctx.actor))`;

const PRISON_OF = (table: string) => `JOIN prisons p ON p.id = ${table}.prison_id`;
const BUDDY = `b.id::text AS id, b.first_name || ' ' || b.last_name AS name, b.prison_number AS "prisonNumber", p.code AS "prisonCode"`;
const RECIPIENT = `r.id::text AS id, r.first_name || ' ' || r.last_name AS name, r.prison_number AS "prisonNumber", p.code AS "prisonCode"`;
const LONDON_DAY = (timestamp: string) => `(${timestamp} AT TIME ZONE 'Europe/London')::date`;

/** Buddies `b` the caller coordinates who are enrolled and still here: those supervision is due for. */
const SUPERVISED = (b: string) => `${COORDINATES(b)} AND ${b}.selection_status = 'approved' AND ${b}.released_on IS NULL`;

/**
 * Facts more than one list reads, each worked out once per statement (MATERIALIZED) for the
 * rows in scope only: the summary counts both supervision lists from one pass over the buddies.
 * Each comes two ways with the same answer: for a prison or two, a lookup per buddy (a few
 * index probes each); for a cluster or the country (`wide`), one grouped pass over the tables,
 * cheaper than thousands of lookups.
 */
const SHARED = {
  // Enrolled buddies still here with when their next supervision is due.
  supervision: (wide: boolean) =>
    wide
      ? `supervision AS MATERIALIZED (
    SELECT ${BUDDY}, d."trainingStartedOn", d."lastSupervisedOn", p.supervision_interval_days AS "intervalDays",
           ${supervisionNextDueSql('d."trainingStartedOn"::date', 'd."lastSupervisedOn"::date', 'p.supervision_interval_days')} AS next_due
      FROM buddies b ${PRISON_OF('b')}
      LEFT JOIN (${supervisionDatesByBuddySql(`SELECT b.id FROM buddies b WHERE ${SUPERVISED('b')}`, '(SELECT ctx.today FROM ctx)')}) d ON d.buddy_id = b.id
     WHERE ${SUPERVISED('b')})`
      : // OFFSET 0 keeps the facts a subquery, so each lookup runs once rather than once per use of next_due.
        `supervision AS MATERIALIZED (
    SELECT f.*, ${supervisionNextDueSql('f."trainingStartedOn"::date', 'f."lastSupervisedOn"::date', 'f."intervalDays"')} AS next_due
      FROM (SELECT ${BUDDY}, ${supervisionFactsSql('ctx.today')} FROM ctx CROSS JOIN buddies b ${PRISON_OF('b')} WHERE ${SUPERVISED('b')} OFFSET 0) f)`,
};
type Shared = keyof typeof SHARED;


/** A list's row as it leaves SQL; attention-items.ts words it. */
export interface AttentionRow {
  id: string;
  name: string;
  prisonNumber: string | null;
  prisonCode: string;
  date: string | null;
  days: number | null;
  detail: string | null;
  ref: string | null;
  ref2: string | null;
  band: number | null;
  flag: boolean | null;
  hours: number | null;
  cap: number | null;
}

const COLUMNS: (keyof AttentionRow)[] = ['id', 'name', 'prisonNumber', 'prisonCode', 'date', 'days', 'detail', 'ref', 'ref2', 'band', 'flag', 'hours', 'cap'];
const TYPES: Partial<Record<keyof AttentionRow, string>> = { days: 'int', band: 'int', flag: 'boolean', hours: 'float', cap: 'float' };

/** A SELECT list of every AttentionRow column: those given, NULL for the rest. */
function columns(given: Partial<Record<keyof AttentionRow, string>>): string {
  return COLUMNS.map((c) => `(${given[c] ?? 'NULL'})::${TYPES[c] ?? 'text'} AS "${c}"`).join(', ');
}

export interface AttentionListSql {
  /** The rows, using `ctx`. */
  sql: string;
  /** ORDER BY over the rows aliased `m`, ending in a unique key. */
  orderBy: string;
  /** Its `days` are days waited (the summary's oldest wait), not days left. */
  waited: boolean;
  /** The same rows for a cluster or national scope, where it differs: grouped rather than looked up per row. */
  wideSql?: string;
  /** The SHARED facts it reads. */
  uses?: readonly Shared[];
}

/** CONTEXT_CTE and the shared facts these lists read. */
function contextFor(keys: readonly AttentionListKey[], wide: boolean): string {
  const shared = [...new Set(keys.flatMap((key) => ATTENTION_SQL[key].uses ?? []))];
  return [CONTEXT_CTE, ...shared.map((name) => SHARED[name](wide))].join(',\n');
}

const rowsOf = (key: AttentionListKey, wide: boolean) => (wide && ATTENTION_SQL[key].wideSql) || ATTENTION_SQL[key].sql;

/** One list's rows with its context, ready to page, count or stream; `wide` for a cluster or national scope. */
export const listSql = (key: AttentionListKey, wide: boolean) => `${contextFor([key], wide)} ${rowsOf(key, wide)}`;

const supervision = (state: 'overdue' | 'due_soon'): string => `
  SELECT ${columns({
    id: 's.id',
    name: 's.name',
    prisonNumber: 's."prisonNumber"',
    prisonCode: 's."prisonCode"',
    date: `to_char(s.next_due, 'YYYY-MM-DD')`,
    days: state === 'overdue' ? 'ctx.today - s.next_due' : 's.next_due - ctx.today',
    detail: 's."lastSupervisedOn"',
  })}
    FROM ctx CROSS JOIN supervision s
   WHERE ${supervisionStateSql('s.next_due', 'ctx.today')} = '${state}'`;

/** Outcome reviews due, over recipients `o` with their due date (`due_on`) and last review. */
const outcomeReviews = (recipients: string) => `
      SELECT ${columns({ id: 'o.id', name: 'o.name', prisonNumber: 'o."prisonNumber"', prisonCode: 'o."prisonCode"', date: `to_char(o.due_on, 'YYYY-MM-DD')`, days: 'ctx.today - o.due_on', detail: `to_char(o.last_reviewed_on, 'YYYY-MM-DD')` })}
        FROM ctx, ${recipients} o
       WHERE o.due_on <= ctx.today`;

export const ATTENTION_SQL: Record<keyof typeof ATTENTION_LISTS, AttentionListSql> = {
  'supervision-overdue': { sql: supervision('overdue'), orderBy: 'm.days DESC, m.name, m.id', waited: true, uses: ['supervision'] },
  'supervision-due': { sql: supervision('due_soon'), orderBy: 'm.days, m.name, m.id', waited: false, uses: ['supervision'] },

  // Valid certificates (so not renewed, suspended or revoked) of buddies still here, within 90 days of expiry.
  'certificates-expiring': {
    sql: `
      SELECT ${columns({
        id: 'c.id',
        name: `b.first_name || ' ' || b.last_name`,
        prisonNumber: 'b.prison_number',
        prisonCode: 'p.code',
        date: `to_char(c.expires_on, 'YYYY-MM-DD')`,
        days: 'c.expires_on - ctx.today',
        detail: 'c.number',
        ref: 'b.id',
        band: expiryReminderSql('(c.expires_on - ctx.today)'),
      })}
        FROM ctx CROSS JOIN certificates c JOIN buddies b ON b.id = c.buddy_id ${PRISON_OF('b')}
       WHERE ${certificateStatusSql('c.status', 'c.expires_on', 'ctx.today')} = 'valid' AND c.expires_on - ctx.today <= ${EXPIRY_REMINDER_DAYS[0]}
         AND b.released_on IS NULL AND ${COORDINATES('b')}`,
    orderBy: 'm.days, m.name, m.id',
    waited: false,
  },

  // Active allocations whose buddy's certificate is no longer valid, or who is over the prison's weekly cap.
  'allocations-attention': {
    sql: `
      SELECT ${columns({
        id: 'a.id',
        name: `b.first_name || ' ' || b.last_name`,
        prisonNumber: 'b.prison_number',
        prisonCode: 'p.code',
        date: `to_char(a.starts_on, 'YYYY-MM-DD')`,
        detail: `r.first_name || ' ' || r.last_name`,
        ref: `COALESCE(${bestCertificateStatusSql('a.buddy_id', 'ctx.today')}, 'none')`,
        flag: certificateNoLongerValidSql('a.buddy_id', 'ctx.today'),
        hours: `(SELECT sum(x.planned_weekly_hours) FROM allocations x WHERE x.buddy_id = a.buddy_id AND x.status = 'active')`,
        cap: 'p.weekly_hours_cap',
      })}
        FROM ctx CROSS JOIN allocations a JOIN buddies b ON b.id = a.buddy_id JOIN recipients r ON r.id = a.recipient_id ${PRISON_OF('a')}
       WHERE a.status = 'active' AND ${COORDINATES('a')}
         AND (${certificateNoLongerValidSql('a.buddy_id', 'ctx.today')} OR ${overWeeklyHoursCapSql('a.buddy_id', 'p.weekly_hours_cap')})`,
    orderBy: `m.date, m.name, m.id`,
    waited: false,
  },

  'concerns-open': {
    sql: `
      SELECT ${columns({
        id: 'co.id',
        name: `COALESCE(b.first_name || ' ' || b.last_name, r.first_name || ' ' || r.last_name)`,
        prisonNumber: 'COALESCE(b.prison_number, r.prison_number)',
        prisonCode: 'p.code',
        date: `to_char(${LONDON_DAY('co.raised_at')}, 'YYYY-MM-DD')`,
        days: `ctx.today - ${LONDON_DAY('co.raised_at')}`,
        detail: 'co.kind',
      })}
        FROM ctx CROSS JOIN concerns co ${PRISON_OF('co')}
        LEFT JOIN buddies b ON b.id = co.buddy_id LEFT JOIN recipients r ON r.id = co.recipient_id
       WHERE co.status = 'open' AND ${COORDINATES('co')}`,
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },

  'applicants-waiting': {
    sql: `
      SELECT ${columns({ id: 'b.id', name: `b.first_name || ' ' || b.last_name`, prisonNumber: 'b.prison_number', prisonCode: 'p.code', date: `to_char(b.applied_on, 'YYYY-MM-DD')`, days: 'ctx.today - b.applied_on' })}
        FROM ctx CROSS JOIN buddies b ${PRISON_OF('b')}
       WHERE b.selection_status = 'applied' AND b.released_on IS NULL AND ${COORDINATES('b')}`,
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },

  'recipients-waiting': {
    sql: `
      SELECT ${columns({ id: 'w.id', name: 'w.name', prisonNumber: 'w."prisonNumber"', prisonCode: 'w."prisonCode"', date: 'w.since', days: 'ctx.today - w.since::date' })}
        FROM ctx, (SELECT ${RECIPIENT}, ${recipientWaitingSinceSql('r')} AS since FROM ctx CROSS JOIN recipients r ${PRISON_OF('r')} WHERE ${COORDINATES('r')} OFFSET 0) w
       WHERE w.since IS NOT NULL`,
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },

  'outcome-reviews-due': {
    sql: outcomeReviews(`(SELECT f.*, ${outcomeReviewDueOnSql('f.supported_since', 'f.last_reviewed_on')} AS due_on
                     FROM (SELECT ${RECIPIENT}, ${outcomeReviewFactsSql('ctx.today')} FROM ctx CROSS JOIN recipients r ${PRISON_OF('r')} WHERE ${COORDINATES('r')} OFFSET 0) f)`),
    wideSql: outcomeReviews(`(SELECT ${RECIPIENT}, f.last_reviewed_on, ${outcomeReviewDueOnSql('f.supported_since', 'f.last_reviewed_on')} AS due_on
                     FROM recipients r ${PRISON_OF('r')}
                     JOIN (${outcomeReviewFactsByRecipientSql(`SELECT r.id FROM recipients r WHERE ${COORDINATES('r')}`, '(SELECT ctx.today FROM ctx)')}) f ON f.recipient_id = r.id
                    WHERE ${COORDINATES('r')})`),
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },

  'sessions-today': {
    sql: `
      SELECT ${columns({
        id: 's.id',
        name: 'co.name',
        prisonCode: 'p.code',
        date: `to_char(s.held_on, 'YYYY-MM-DD')`,
        days: '0',
        detail: `to_char(s.starts_at, 'HH24:MI') || ' to ' || to_char(s.ends_at, 'HH24:MI') || ', ' || s.location`,
        ref: 'co.id',
        flag: 'EXISTS (SELECT 1 FROM attendance_marks am WHERE am.session_id = s.id)',
      })}
        FROM ctx CROSS JOIN training_sessions s JOIN cohorts co ON co.id = s.cohort_id ${PRISON_OF('co')}
       WHERE s.held_on = ctx.today AND ${DELIVERS}`,
    orderBy: 'm.detail, m.name, m.id',
    waited: false,
  },

  // Sessions held (today or before) with buddies on the cohort and not one mark recorded.
  'registers-not-taken': {
    sql: `
      SELECT ${columns({
        id: 's.id',
        name: 'co.name',
        prisonCode: 'p.code',
        date: `to_char(s.held_on, 'YYYY-MM-DD')`,
        days: 'ctx.today - s.held_on',
        detail: `to_char(s.starts_at, 'HH24:MI') || ' to ' || to_char(s.ends_at, 'HH24:MI') || ', ' || s.location`,
        ref: 'co.id',
      })}
        FROM ctx CROSS JOIN training_sessions s JOIN cohorts co ON co.id = s.cohort_id ${PRISON_OF('co')}
       WHERE s.held_on <= ctx.today AND ${DELIVERS}
         AND NOT EXISTS (SELECT 1 FROM attendance_marks am WHERE am.session_id = s.id)
         AND EXISTS (SELECT 1 FROM enrolments e WHERE e.cohort_id = co.id AND e.status = 'active')`,
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },

  // Buddies on running cohorts the trainer delivers whose latest decision on a criterion is
  // "not yet met", and has been since a first "not yet met" more than four weeks ago.
  'criteria-not-yet-met': {
    sql: `
      SELECT ${columns({
        id: `b.id::text || ':' || ac.id::text`,
        name: `b.first_name || ' ' || b.last_name`,
        prisonNumber: 'b.prison_number',
        prisonCode: 'p.code',
        date: `to_char(n.since, 'YYYY-MM-DD')`,
        days: 'ctx.today - n.since',
        detail: `ac.code || ', ' || co.name`,
        ref: 'co.id',
        ref2: 'ac.module_id',
      })}
        FROM ctx CROSS JOIN enrolments e JOIN cohorts co ON co.id = e.cohort_id ${PRISON_OF('co')} JOIN buddies b ON b.id = e.buddy_id
        JOIN assessment_criteria ac ON ac.programme_version_id = co.programme_version_id
        JOIN LATERAL (
          SELECT min(d.assessed_on) AS since FROM assessment_decisions d
           WHERE d.buddy_id = e.buddy_id AND d.criterion_id = ac.id
             AND d.seq > COALESCE((SELECT max(met.seq) FROM assessment_decisions met
                                    WHERE met.buddy_id = e.buddy_id AND met.criterion_id = ac.id AND met.outcome = 'met'), 0)) n ON n.since IS NOT NULL
       WHERE e.status = 'active' AND ${cohortStatusSql('co.starts_on', 'co.ends_on', 'ctx.today')} = 'running' AND ${DELIVERS}
         AND ctx.today - n.since > ${NOT_YET_MET_ATTENTION_DAYS}`,
    orderBy: 'm.days DESC, m.name, m.id',
    waited: true,
  },
};

/**
 * One statement counting these lists over the very SQL they page through, so a count beside
 * Home never disagrees with its list: a row of {count, oldestDays} per list key.
 */
export function summarySql(keys: readonly AttentionListKey[], wide: boolean): string {
  const figures = keys.map(
    (key) => `(SELECT json_build_object('count', count(*)::int, 'oldestDays', ${ATTENTION_SQL[key].waited ? 'max(x.days)' : 'NULL'}) FROM (${rowsOf(key, wide)}) x) AS "${key}"`,
  );
  return `${contextFor(keys, wide)} SELECT ${figures.join(',\n')}`;
}

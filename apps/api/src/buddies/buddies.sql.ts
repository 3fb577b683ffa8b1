import { bestCertificateStatusSql } from '@peerpath/api/certification/certification.sql';
import { inTrainingSql } from '@peerpath/api/cohorts/cohorts.sql';

/** The facts journeyStage() reads, each an SQL expression. */
export interface JourneyFactsSql {
  released: string;
  selectionStatus: string;
  /** The derived status of the best certificate (text), or NULL. */
  certificate: string;
  inTraining: string;
}

/** journeyStage() from libs/domain as SQL, checked against it by rules.integration.spec.ts. */
export const journeyStageSql = (f: JourneyFactsSql) => `(CASE
    WHEN ${f.released} THEN 'released'
    WHEN ${f.selectionStatus}::text <> 'approved' THEN ${f.selectionStatus}::text
    WHEN ${f.certificate} = 'valid' THEN 'certified'
    WHEN ${f.certificate} = 'suspended' THEN 'suspended'
    WHEN ${f.inTraining} THEN 'in_training'
    WHEN ${f.certificate} = 'expired' THEN 'expired'
    ELSE 'approved' END)`;

/**
 * Joins that give buddy `b` its stage facts once per row (`stage_facts.certificate_status`,
 * `stage_facts.in_training`), so the CASE above reads columns rather than re-running subqueries.
 */
export const stageFactsJoin = (today: string) => `
  LEFT JOIN LATERAL (
    SELECT ${bestCertificateStatusSql('b.id', today)} AS certificate_status,
           EXISTS (SELECT 1 FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
                    WHERE e.buddy_id = b.id AND ${inTrainingSql('e.status', 'co.starts_on', 'co.ends_on', today)}) AS in_training
  ) stage_facts ON true`;

/** The journey stage of buddy `b`; needs stageFactsJoin() in the FROM clause. */
export const STAGE_OF_BUDDY = journeyStageSql({
  released: 'b.released_on IS NOT NULL',
  selectionStatus: 'b.selection_status',
  certificate: 'stage_facts.certificate_status',
  inTraining: 'stage_facts.in_training',
});

/** The columns of a BuddySummary for buddy `b` at prison `p`; needs stageFactsJoin() in the FROM clause. */
export const BUDDY_SUMMARY_COLUMNS = `b.id, b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName",
  p.code AS "prisonCode", p.name AS "prisonName", to_char(b.applied_on, 'YYYY-MM-DD') AS "appliedOn", b.selection_status AS "selectionStatus",
  ${STAGE_OF_BUDDY} AS stage`;

/** A search as typed, as an ILIKE pattern matching anywhere (its own % and _ taken literally), or null for none. */
export const searchPatternOf = (search: string | undefined): string | null =>
  search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;

/** Buddy `b` matches the pattern parameter (prison number or full name), or there is no pattern. */
export const buddyMatchesSql = (pattern: string) =>
  `(${pattern}::text IS NULL OR b.prison_number ILIKE ${pattern} OR (b.first_name || ' ' || b.last_name) ILIKE ${pattern})`;

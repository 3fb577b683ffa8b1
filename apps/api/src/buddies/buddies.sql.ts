import { bestCertificateStatusSql } from '@peerpath/api/certification/certification.sql';
import { inTrainingSql } from '@peerpath/api/cohorts/cohorts.sql';
import { journeyStage, type JourneyFacts, type JOURNEY_STAGES } from '@peerpath/domain';

// The rule's own types, so this module stays a fragment of SQL over the domain alone.
type JourneyStage = (typeof JOURNEY_STAGES)[number];
type SelectionStatus = JourneyFacts['selectionStatus'];
type CertificateStatus = NonNullable<JourneyFacts['certificate']>;

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

/** inTraining() for buddy `b`: an active place on a cohort running today. */
const buddyInTrainingSql = (today: string) =>
  `EXISTS (SELECT 1 FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
            WHERE e.buddy_id = b.id AND ${inTrainingSql('e.status', 'co.starts_on', 'co.ends_on', today)})`;

/**
 * Joins that give buddy `b` its stage facts (`stage_facts.certificate_status`,
 * `stage_facts.in_training`), so the CASE above reads columns rather than re-running subqueries.
 * The certificate sits behind OFFSET 0, so it is looked up once per row: inlined, each branch of
 * the CASE that reads it looked it up again. Whether in training stays inlinable, so PostgreSQL
 * can answer it for many rows from one hashed pass over the running cohorts.
 */
export const stageFactsJoin = (today: string) => `
  LEFT JOIN LATERAL (SELECT ${bestCertificateStatusSql('b.id', today)} AS certificate_status OFFSET 0) stage_certificate ON true
  LEFT JOIN LATERAL (SELECT stage_certificate.certificate_status, ${buddyInTrainingSql(today)} AS in_training) stage_facts ON true`;

/** Every value of each fact journeyStage() reads (records, so a new value fails to compile until listed). */
const SELECTIONS = Object.keys({ applied: 1, approved: 1, declined: 1 } satisfies Record<SelectionStatus, 1>) as SelectionStatus[];
const CERTIFICATES: (CertificateStatus | null)[] = [null, ...(Object.keys({ valid: 1, suspended: 1, revoked: 1, superseded: 1, expired: 1 } satisfies Record<CertificateStatus, 1>) as CertificateStatus[])];
const EVERY_JOURNEY: JourneyFacts[] = [false, true].flatMap((released) =>
  SELECTIONS.flatMap((selectionStatus) => CERTIFICATES.flatMap((certificate) => [false, true].map((inTraining) => ({ released, selectionStatus, certificate, inTraining })))),
);

/**
 * What every buddy at `stage` has on their own record, read off journeyStage() itself over every
 * combination of its facts (so no second rule): released or not, and which selection statuses.
 * The record's own columns decide it, so the register narrows to these rows before looking up
 * anyone's certificate; the stage derived in full still decides.
 */
export function mayBeAtStageSql(stage: JourneyStage, record: Pick<JourneyFactsSql, 'released' | 'selectionStatus'> = { released: 'b.released_on IS NOT NULL', selectionStatus: 'b.selection_status' }): string {
  const at = EVERY_JOURNEY.filter((f) => journeyStage(f) === stage);
  const records = [false, true].flatMap((released) => {
    const selections = [...new Set(at.filter((f) => f.released === released).map((f) => f.selectionStatus))];
    if (selections.length === 0) return [];
    const release = released ? record.released : `NOT ${record.released}`;
    return [selections.length === SELECTIONS.length ? `(${release})` : `(${release} AND ${record.selectionStatus}::text IN (${selections.map((s) => `'${s}'`).join(', ')}))`];
  });
  return records.length === 0 ? 'false' : `(${records.join(' OR ')})`;
}

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

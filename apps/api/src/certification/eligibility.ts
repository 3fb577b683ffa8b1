import type { EligibilityView } from '@peerpath/contracts';
import { attendanceFigures, certificationEligibility, type EligibilityFacts, type MarkCounts } from '@peerpath/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';
import { heldDuringTrainingSql } from '@peerpath/api/cohorts/cohorts.sql';
import { moduleCompleteSql } from '@peerpath/api/progress/progress.sql';
import { certificateStatusSql, LIVE_CERTIFICATE_SQL } from './certification.sql';

interface FactsRow {
  selectionStatus: EligibilityFacts['selectionStatus'];
  releasedOn: string | null;
  attendanceThresholdPercent: number;
  certificateValidityMonths: number;
  prisonId: string;
  prisonCode: string;
  clusterCode: string;
  programmeVersionId: string | null;
  programmeId: string | null;
  programmeTitle: string | null;
  versionLabel: string | null;
  modulesTotal: number;
  incomplete: { number: number; title: string }[] | null;
  marks: MarkCounts | null;
  supervisions: number;
  existingCertificate: EligibilityFacts['existingCertificate'];
  revokedCertificate: string | null;
}

export interface Eligibility extends EligibilityView {
  programmeId: string | null;
  prisonId: string;
  prisonCode: string;
  /** The buddy's prison's cluster: with prisonCode, where the caller must reach to see this. */
  clusterCode: string;
  certificateValidityMonths: number;
}

/** The facts for one buddy ($1) on a day ($2): prepared, as the eligibility panel asks for it often. */
const ELIGIBILITY_FACTS = prepared(
  'eligibility_facts',
  `WITH enr AS (
     SELECT e.cohort_id, e.enrolled_on, e.withdrawn_on, co.starts_on, co.ends_on, co.programme_version_id, co.programme_id
       FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
      WHERE e.buddy_id = $1 ORDER BY (e.status = 'active') DESC, e.enrolled_on DESC, e.created_at DESC LIMIT 1),
   -- Materialized: read once, not once per module by the correlated count below.
   latest AS MATERIALIZED (
     SELECT DISTINCT ON (d.criterion_id) ac.module_id, d.outcome
       FROM assessment_decisions d JOIN assessment_criteria ac ON ac.id = d.criterion_id JOIN enr ON enr.programme_version_id = ac.programme_version_id
      WHERE d.buddy_id = $1 ORDER BY d.criterion_id, d.seq DESC),
   mods AS (
     SELECT m.number, m.title,
            (SELECT count(*) FROM assessment_criteria ac WHERE ac.module_id = m.id) AS total,
            (SELECT count(*) FROM latest l WHERE l.module_id = m.id AND l.outcome = 'met') AS met
       FROM programme_modules m JOIN enr ON enr.programme_version_id = m.programme_version_id)
   SELECT b.selection_status AS "selectionStatus", to_char(b.released_on, 'YYYY-MM-DD') AS "releasedOn",
          p.id AS "prisonId", p.code AS "prisonCode", cl.code AS "clusterCode",
          p.attendance_threshold_percent AS "attendanceThresholdPercent", p.certificate_validity_months AS "certificateValidityMonths",
          enr.programme_version_id AS "programmeVersionId", enr.programme_id AS "programmeId", pr.title AS "programmeTitle", pv.label AS "versionLabel",
          (SELECT count(*)::int FROM mods) AS "modulesTotal",
          (SELECT json_agg(json_build_object('number', number, 'title', title) ORDER BY number) FROM mods WHERE NOT ${moduleCompleteSql('met', 'total')}) AS incomplete,
          (SELECT json_object_agg(x.mark, x.n) FROM (
             SELECT a.mark, count(*)::int AS n FROM attendance_marks a JOIN training_sessions s ON s.id = a.session_id
              WHERE a.buddy_id = $1 AND s.cohort_id = enr.cohort_id GROUP BY a.mark) x) AS marks,
          (SELECT count(*)::int FROM supervisions s WHERE s.buddy_id = $1 AND ${heldDuringTrainingSql('s.held_on', 'enr.enrolled_on', 'enr.starts_on', 'enr.ends_on', 'enr.withdrawn_on')}) AS supervisions,
          (SELECT json_build_object('number', c.number, 'status', ${certificateStatusSql('c.status', 'c.expires_on', '$2::date')}, 'expiresOn', to_char(c.expires_on, 'YYYY-MM-DD'))
             FROM certificates c WHERE c.buddy_id = $1 AND c.programme_version_id = enr.programme_version_id AND c.${LIVE_CERTIFICATE_SQL} LIMIT 1) AS "existingCertificate",
          (SELECT c.number FROM certificates c WHERE c.buddy_id = $1 AND c.programme_version_id = enr.programme_version_id AND c.status = 'revoked' ORDER BY c.issued_on DESC LIMIT 1) AS "revokedCertificate"
     FROM buddies b
     JOIN prisons p ON p.id = b.prison_id
     JOIN clusters cl ON cl.id = p.cluster_id
     LEFT JOIN enr ON true
     LEFT JOIN programme_versions pv ON pv.id = enr.programme_version_id
     LEFT JOIN programmes pr ON pr.id = enr.programme_id
    WHERE b.id = $1`,
);

/**
 * Gathers what certification eligibility needs, in one query, for the enrolment being
 * certified (the active one, else the latest), then asks the domain rule. The same facts
 * serve the eligibility panel and the issuing transaction.
 */
export async function eligibilityOf(manager: EntityManager, buddyId: string, today: string): Promise<Eligibility> {
  const [row] = await runPrepared<FactsRow>(manager, ELIGIBILITY_FACTS, [buddyId, today]);
  if (!row) throw notFound('Buddy');
  const attendance = attendanceFigures(row.marks ?? {});
  const incomplete = row.incomplete ?? [];
  const outcome = certificationEligibility({
    selectionStatus: row.selectionStatus,
    recordClosed: row.releasedOn !== null,
    training: row.programmeVersionId
      ? { programmeTitle: row.programmeTitle ?? '', incompleteModules: incomplete, attendance, supervisionsDuringTraining: row.supervisions }
      : null,
    attendanceThresholdPercent: row.attendanceThresholdPercent,
    existingCertificate: row.existingCertificate,
    revokedCertificate: row.revokedCertificate,
  });
  return {
    ...outcome,
    buddyId,
    programmeVersionId: row.programmeVersionId,
    programmeId: row.programmeId,
    programmeTitle: row.programmeTitle,
    versionLabel: row.versionLabel,
    modulesComplete: row.modulesTotal - incomplete.length,
    modulesTotal: row.modulesTotal,
    attendanceRatePercent: attendance.ratePercent,
    attendanceThresholdPercent: row.attendanceThresholdPercent,
    supervisionsDuringTraining: row.supervisions,
    prisonId: row.prisonId,
    prisonCode: row.prisonCode,
    clusterCode: row.clusterCode,
    certificateValidityMonths: row.certificateValidityMonths,
  };
}

import { HttpStatus, Injectable } from '@nestjs/common';
import { cohortPermissions, type CohortPermissions, type ScopedRole, type StaffRoleOnCohort } from '@peerpath/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { DomainError, notFound } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';

/** What every cohort action needs to know about the cohort and the caller's place in it. */
export interface CohortContext {
  id: string;
  name: string;
  prisonId: string;
  prisonCode: string;
  clusterCode: string;
  programmeId: string;
  programmeVersionId: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  staffRole: StaffRoleOnCohort | null;
  permissions: CohortPermissions;
}

const REFUSALS: Record<Exclude<keyof CohortPermissions, 'read'>, string> = {
  enrol: "Only a coordinator at the cohort's prison can enrol or withdraw buddies",
  schedule: "Only the cohort's trainers or a coordinator at its prison can schedule sessions",
  registerAttendance: "Only the cohort's trainers or a coordinator at its prison can take the register",
  assess: "Only the cohort's trainers and assessors can record assessment decisions",
};

const loadCohort = (lock: boolean) =>
  `SELECT co.id, co.name, co.prison_id AS "prisonId", p.code AS "prisonCode", cl.code AS "clusterCode",
          co.programme_id AS "programmeId", co.programme_version_id AS "programmeVersionId",
          to_char(co.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(co.ends_on, 'YYYY-MM-DD') AS "endsOn", co.capacity,
          (SELECT cs.role FROM cohort_staff cs WHERE cs.cohort_id = co.id AND cs.user_id = $2) AS "staffRole"
     FROM cohorts co JOIN prisons p ON p.id = co.prison_id JOIN clusters cl ON cl.id = p.cluster_id
    WHERE co.id = $1 ${lock ? 'FOR UPDATE OF co' : ''}`;
/** Every cohort screen and action starts here: prepared. */
const LOAD_COHORT = prepared('load_cohort', loadCohort(false));
const LOAD_COHORT_FOR_UPDATE = prepared('load_cohort_for_update', loadCohort(true));

@Injectable()
export class CohortContextLoader {
  /**
   * Loads a cohort the actor may see; anyone else's is simply not found. With `need`, the
   * actor must also hold that permission (403 naming who may). `lock` takes a row lock so
   * that capacity and enrolment checks are serialised per cohort.
   */
  async load(manager: EntityManager, actor: Actor, cohortId: string, need?: Exclude<keyof CohortPermissions, 'read'>, lock = false): Promise<CohortContext> {
    const rows = await runPrepared<Omit<CohortContext, 'permissions'>>(manager, lock ? LOAD_COHORT_FOR_UPDATE : LOAD_COHORT, [cohortId, actor.id]);
    const row = rows[0];
    if (!row) throw notFound('Cohort');
    const permissions = cohortPermissions(actor.roles as ScopedRole[], { code: row.prisonCode, clusterCode: row.clusterCode }, row.staffRole);
    if (!permissions.read) throw notFound('Cohort');
    if (need && !permissions[need]) throw new DomainError(HttpStatus.FORBIDDEN, 'NOT_PERMITTED', REFUSALS[need]);
    return { ...row, permissions };
  }
}

import { Injectable } from '@nestjs/common';
import type { BuddySummary, EnrolmentView, Page } from '@peerpath/contracts';
import { bulkEnrolmentRefusals, type EnrolmentCandidate, PERMISSIONS } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid, notFound, refusedForPeople } from '@peerpath/api/platform/domain-error';
import { type CohortContext, CohortContextLoader } from './cohort-context';
import type { BulkEnrolDto, EnrolDto, WithdrawDto } from './dto/cohort.dto';
import type { BuddySearchQueryDto } from '@peerpath/api/buddies/dto/buddy.dto';
import { searchBuddies } from '@peerpath/api/buddies/buddy-search';
import { activeInProgrammeSql } from './cohorts.sql';
import { today } from '@peerpath/api/platform/dates';
import { inTransaction } from '@peerpath/api/platform/idempotency';

const ENROLMENT_VIEW = `
  SELECT e.id, b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName",
         e.status, to_char(e.enrolled_on, 'YYYY-MM-DD') AS "enrolledOn",
         to_char(e.withdrawn_on, 'YYYY-MM-DD') AS "withdrawnOn", e.withdrawal_reason AS "withdrawalReason"
    FROM enrolments e JOIN buddies b ON b.id = e.buddy_id`;

type Candidate = EnrolmentCandidate & { buddyId: string; firstName: string; lastName: string };

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortContextLoader,
  ) {}

  /**
   * Enrols an approved buddy from the cohort's prison, within capacity, unless they are
   * already active in a cohort of the same programme. The cohort row is locked so two
   * coordinators enrolling at once cannot overfill it. One at a time, the first reason refuses.
   */
  async enrol(actor: Actor, cohortId: string, dto: EnrolDto): Promise<EnrolmentView> {
    const enrolledOn = dto.enrolledOn ?? today();
    return inTransaction(this.dataSource, async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'enrol', true);
      const [buddy] = await this.candidates(manager, actor, [dto.buddyId], cohort.programmeId);
      const [{ reasons }] = bulkEnrolmentRefusals([buddy], { ...cohort, taken: await this.taken(manager, cohortId) }, enrolledOn, today());
      if (reasons.length) throw conflict(reasons[0].code, reasons[0].message);
      return this.view(manager, await this.insert(manager, actor, cohort, buddy.buddyId, enrolledOn));
    });
  }

  /**
   * Several buddies into one cohort, all or none: every buddy is checked with the same rule as
   * one at a time, places included, and any refusal names each person refused with every reason
   * and saves nothing. Each enrolment is audited on its buddy's record.
   */
  async enrolMany(actor: Actor, cohortId: string, dto: BulkEnrolDto): Promise<EnrolmentView[]> {
    const enrolledOn = dto.enrolledOn ?? today();
    return inTransaction(this.dataSource, async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'enrol', true);
      const buddies = await this.candidates(manager, actor, dto.buddyIds, cohort.programmeId);
      const outcome = bulkEnrolmentRefusals(buddies, { ...cohort, taken: await this.taken(manager, cohortId) }, enrolledOn, today());
      const refused = outcome.filter((o) => o.reasons.length > 0);
      if (refused.length) {
        throw refusedForPeople(
          'ENROLMENT_REFUSED',
          `Nobody was enrolled: ${refused.length} of the ${buddies.length} buddies chosen cannot join ${cohort.name}`,
          refused.map(({ buddy, reasons }) => ({ buddyId: buddy.buddyId, prisonNumber: buddy.prisonNumber, firstName: buddy.firstName, lastName: buddy.lastName, reasons })),
        );
      }
      const created: string[] = [];
      for (const buddy of buddies) created.push(await this.insert(manager, actor, cohort, buddy.buddyId, enrolledOn, buddies.length));
      const rows: EnrolmentView[] = await manager.query(`${ENROLMENT_VIEW} WHERE e.id = ANY($1::uuid[])`, [created]);
      return created.map((id) => rows.find((row) => row.id === id) as EnrolmentView);
    });
  }

  /**
   * The buddies, locked in a stable order (so two bulk requests cannot deadlock), with what the
   * enrolment rule needs, in the order asked for. One the coordinator cannot see does not exist for them.
   */
  private async candidates(manager: EntityManager, actor: Actor, buddyIds: readonly string[], programmeId: string): Promise<Candidate[]> {
    const rows: (Candidate & { clusterCode: string })[] = await manager.query(
      `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName",
              b.selection_status AS "selectionStatus", b.released_on IS NOT NULL AS released, p.code AS "prisonCode", cl.code AS "clusterCode",
              (SELECT json_build_object('cohortName', co.name, 'endsOn', to_char(co.ends_on, 'YYYY-MM-DD'))
                 FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
                WHERE e.buddy_id = b.id AND e.programme_id = $2 AND e.status = 'active' LIMIT 1) AS "activeEnrolment"
         FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters cl ON cl.id = p.cluster_id
        WHERE b.id = ANY($1::uuid[]) ORDER BY b.id FOR UPDATE OF b`,
      [buddyIds, programmeId],
    );
    return buddyIds.map((id) => {
      const row = rows.find((r) => r.buddyId === id);
      if (!row || !actorReaches(actor, PERMISSIONS.enrol, { code: row.prisonCode, clusterCode: row.clusterCode })) throw notFound('Buddy');
      return row;
    });
  }

  private async taken(manager: EntityManager, cohortId: string): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM enrolments WHERE cohort_id = $1 AND status = 'active'`, [cohortId]);
    return count;
  }

  private async insert(manager: EntityManager, actor: Actor, cohort: CohortContext, buddyId: string, enrolledOn: string, together?: number): Promise<string> {
    const [{ id: enrolmentId }] = await manager.query(
      `INSERT INTO enrolments (cohort_id, buddy_id, programme_id, enrolled_on, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [cohort.id, buddyId, cohort.programmeId, enrolledOn],
    );
    await manager.query(`UPDATE cohorts SET version = version + 1, updated_at = now() WHERE id = $1`, [cohort.id]);
    await this.audit.record(manager, actor, {
      action: 'buddy.enrolled',
      entityType: 'buddy',
      entityId: buddyId,
      prisonId: cohort.prisonId,
      after: { enrolmentId, cohortId: cohort.id, cohortName: cohort.name, enrolledOn, ...(together ? { enrolledTogether: together } : {}) },
    });
    return enrolmentId as string;
  }

  /**
   * Who the enrol picker offers for this cohort: approved, not released, at its prison, and not
   * holding a place on a cohort of its programme; the checks enrol() makes, bar capacity.
   */
  async enrolable(actor: Actor, cohortId: string, query: BuddySearchQueryDto): Promise<Page<BuddySummary>> {
    const cohort = await this.cohorts.load(this.dataSource.manager, actor, cohortId, 'enrol');
    return searchBuddies(this.dataSource.manager, {
      where: `r."prisonCode" = $1 AND r."selectionStatus" = 'approved' AND r.stage <> 'released' AND NOT ${activeInProgrammeSql('r.id', '$2')}`,
      params: [cohort.prisonCode, cohort.programmeId],
      search: query.search,
      page: query.page,
      pageSize: query.pageSize,
      today: today(),
    });
  }

  /** Ends an active enrolment with a reason; assessment decisions and attendance stay. */
  async withdraw(actor: Actor, cohortId: string, enrolmentId: string, dto: WithdrawDto): Promise<EnrolmentView> {
    const withdrawnOn = dto.withdrawnOn ?? today();
    await this.dataSource.transaction(async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'enrol');
      const [enrolment] = await manager.query(
        `SELECT id, buddy_id AS "buddyId", status, to_char(enrolled_on, 'YYYY-MM-DD') AS "enrolledOn" FROM enrolments WHERE id = $1 AND cohort_id = $2 FOR UPDATE`,
        [enrolmentId, cohortId],
      );
      if (!enrolment) throw notFound('Enrolment');
      if (enrolment.status !== 'active') throw conflict('NOT_ACTIVE', 'This buddy has already been withdrawn from the cohort');
      if (withdrawnOn < enrolment.enrolledOn) throw invalid({ withdrawnOn: [`The withdrawal date cannot be before they enrolled (${enrolment.enrolledOn})`] });
      if (withdrawnOn > today()) throw invalid({ withdrawnOn: ['The withdrawal date cannot be in the future'] });
      await manager.query(
        `UPDATE enrolments SET status = 'withdrawn', withdrawn_on = $2, withdrawal_reason = $3, version = version + 1 WHERE id = $1`,
        [enrolmentId, withdrawnOn, dto.reason],
      );
      await this.audit.record(manager, actor, {
        action: 'buddy.withdrawn',
        entityType: 'buddy',
        entityId: enrolment.buddyId,
        prisonId: cohort.prisonId,
        before: { enrolmentId, status: 'active' },
        after: { enrolmentId, cohortId, status: 'withdrawn', withdrawnOn, reason: dto.reason },
      });
    });
    return this.view(this.dataSource.manager, enrolmentId);
  }

  private async view(manager: EntityManager, enrolmentId: string): Promise<EnrolmentView> {
    const [row] = await manager.query(`${ENROLMENT_VIEW} WHERE e.id = $1`, [enrolmentId]);
    return row;
  }
}

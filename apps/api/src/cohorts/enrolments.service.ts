import { Injectable } from '@nestjs/common';
import type { BuddySummary, EnrolmentView, Page } from '@peerpath/contracts';
import { formatDate, PERMISSIONS } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid, notFound } from '@peerpath/api/platform/domain-error';
import { CohortContextLoader } from './cohort-context';
import type { EnrolDto, WithdrawDto } from './dto/cohort.dto';
import type { BuddySearchQueryDto } from '@peerpath/api/buddies/dto/buddy.dto';
import { searchBuddies } from '@peerpath/api/buddies/buddy-search';
import { activeInProgrammeSql } from './cohorts.sql';
import { today } from '@peerpath/api/platform/dates';

const ENROLMENT_VIEW = `
  SELECT e.id, b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName",
         e.status, to_char(e.enrolled_on, 'YYYY-MM-DD') AS "enrolledOn",
         to_char(e.withdrawn_on, 'YYYY-MM-DD') AS "withdrawnOn", e.withdrawal_reason AS "withdrawalReason"
    FROM enrolments e JOIN buddies b ON b.id = e.buddy_id`;

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
   * coordinators enrolling at once cannot overfill it.
   */
  async enrol(actor: Actor, cohortId: string, dto: EnrolDto): Promise<EnrolmentView> {
    const enrolledOn = dto.enrolledOn ?? today();
    const id = await this.dataSource.transaction(async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'enrol', true);
      const [buddy] = await manager.query(
        `SELECT b.id, b.prison_number AS "prisonNumber", b.selection_status AS "selectionStatus", b.released_on AS "releasedOn", p.id AS "prisonId", p.code AS "prisonCode", cl.code AS "clusterCode"
           FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters cl ON cl.id = p.cluster_id WHERE b.id = $1 FOR UPDATE OF b`,
        [dto.buddyId],
      );
      // A buddy the coordinator cannot see does not exist for them.
      if (!buddy || !actorReaches(actor, PERMISSIONS.enrol, { code: buddy.prisonCode, clusterCode: buddy.clusterCode })) throw notFound('Buddy');
      if (buddy.releasedOn) throw conflict('RECORD_CLOSED', `${buddy.prisonNumber} has been released: the record is closed`);
      if (buddy.prisonId !== cohort.prisonId) {
        throw conflict('WRONG_PRISON', `${buddy.prisonNumber} is at ${buddy.prisonCode}; this cohort runs at ${cohort.prisonCode}`);
      }
      if (buddy.selectionStatus !== 'approved') {
        throw conflict('NOT_APPROVED', `${buddy.prisonNumber} has not been approved as a buddy, so cannot enrol yet`);
      }
      if (enrolledOn > cohort.endsOn) throw conflict('COHORT_FINISHED', `${cohort.name} finished on ${cohort.endsOn}`);
      const [active] = await manager.query(
        `SELECT co.name, to_char(co.ends_on, 'YYYY-MM-DD') AS "endsOn" FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE e.buddy_id = $1 AND e.programme_id = $2 AND e.status = 'active'`,
        [buddy.id, cohort.programmeId],
      );
      if (active) {
        // A cohort that has ended still holds the place until the buddy is withdrawn from it: say how to move on.
        const ended = active.endsOn < today() ? `, which ended on ${formatDate(active.endsOn)}: withdraw them from it first (their record stays)` : '';
        throw conflict('ALREADY_ENROLLED', `${buddy.prisonNumber} is already enrolled on ${active.name} for this programme${ended}`);
      }
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM enrolments WHERE cohort_id = $1 AND status = 'active'`, [cohortId]);
      if (count >= cohort.capacity) throw conflict('COHORT_FULL', `${cohort.name} is full: all ${cohort.capacity} places are taken`);

      const [{ id: enrolmentId }] = await manager.query(
        `INSERT INTO enrolments (cohort_id, buddy_id, programme_id, enrolled_on, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [cohortId, buddy.id, cohort.programmeId, enrolledOn],
      );
      await manager.query(`UPDATE cohorts SET version = version + 1, updated_at = now() WHERE id = $1`, [cohortId]);
      await this.audit.record(manager, actor, {
        action: 'buddy.enrolled',
        entityType: 'buddy',
        entityId: buddy.id,
        prisonId: cohort.prisonId,
        after: { enrolmentId, cohortId, cohortName: cohort.name, enrolledOn },
      });
      return enrolmentId as string;
    });
    return this.view(this.dataSource.manager, id);
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

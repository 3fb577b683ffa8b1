import { Injectable } from '@nestjs/common';
import type { BuddySupervision, Page, SupervisionDueItem, SupervisionView } from '@peerpath/contracts';
import { PERMISSIONS, supervisionStatus } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { today } from '@peerpath/api/platform/dates';
import { conflict, invalid } from '@peerpath/api/platform/domain-error';
import type { RecordSupervisionDto, SupervisionDueQueryDto } from './dto/supervision.dto';
import { supervisionFactsSql, supervisionNextDueSql, supervisionStateSql, type SupervisionFacts } from './supervision.sql';
import { inTransaction } from '@peerpath/api/platform/idempotency';
import { pagedQuery } from '@peerpath/api/platform/paged-query';


const VIEW = `
  SELECT s.id, s.buddy_id AS "buddyId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", u.display_name AS "supervisorName",
         s.duration_minutes AS "durationMinutes", s.hours_worked_since_last::float AS "hoursWorkedSinceLast", s.wellbeing,
         s.boundaries_discussed AS "boundariesDiscussed", s.concerns, s.agreed_actions AS "agreedActions", s.recorded_at AS "recordedAt"
    FROM supervisions s JOIN users u ON u.id = s.supervisor_user_id`;

@Injectable()
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
  ) {}

  async ofBuddy(actor: Actor, buddyId: string): Promise<BuddySupervision> {
    await this.buddies.get(actor, buddyId);
    const on = today();
    const [facts]: SupervisionFacts[] = await this.dataSource.query(`SELECT ${supervisionFactsSql('$2::date')} FROM buddies b JOIN prisons p ON p.id = b.prison_id WHERE b.id = $1`, [buddyId, on]);
    const sessions: SupervisionView[] = await this.dataSource.query(`${VIEW} WHERE s.buddy_id = $1 ORDER BY s.held_on DESC, s.recorded_at DESC`, [buddyId]);
    return { status: supervisionStatus({ ...facts, today: on }), sessions };
  }

  /** The coordinator records a one-to-one supervision they held with the buddy. */
  async record(actor: Actor, buddyId: string, dto: RecordSupervisionDto): Promise<SupervisionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const buddy = await this.buddies.lockForChange(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords, 'recordSupervision');
      if (buddy.selectionStatus !== 'approved') throw conflict('NOT_APPROVED', 'Only approved buddies have supervision');
      if (dto.heldOn > today()) throw invalid({ heldOn: ['The supervision date cannot be in the future'] });
      if (dto.heldOn < buddy.appliedOn) throw invalid({ heldOn: [`The supervision date cannot be before they applied (${buddy.appliedOn})`] });
      const [{ id: supervisionId }] = await manager.query(
        `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [buddyId, buddy.prisonId, actor.id, dto.heldOn, dto.durationMinutes, dto.hoursWorkedSinceLast, dto.wellbeing, dto.boundariesDiscussed, dto.concerns ?? '', dto.agreedActions ?? ''],
      );
      await this.audit.record(manager, actor, { action: 'supervision.recorded', entityType: 'buddy', entityId: buddyId, prisonId: buddy.prisonId, after: { supervisionId, ...dto } });
      const [view]: SupervisionView[] = await manager.query(`${VIEW} WHERE s.id = $1`, [supervisionId]);
      return view;
    });
  }

  /**
   * A page of the buddies in scope whose next supervision is due within the week, or overdue:
   * everyone approved, not released, whose training has started. Soonest due first (so the most
   * overdue lead), then by surname; the state is filtered in SQL by the same rule the page shows.
   */
  async due(actor: Actor, query: SupervisionDueQueryDto): Promise<Page<SupervisionDueItem>> {
    const scope = scopeFilter(actor, PERMISSIONS.readSupervision);
    const on = today();
    const nextDue = supervisionNextDueSql('f."trainingStartedOn"::date', 'f."lastSupervisedOn"::date', 'f."intervalDays"');
    const state = supervisionStateSql('d.next_due', '$5::date');
    const found = await pagedQuery<Omit<SupervisionDueItem, 'status'> & SupervisionFacts>(this.dataSource.manager, {
      matching: `
        SELECT d.* FROM (
          SELECT f.*, ${nextDue} AS next_due FROM (
            SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName", p.code AS "prisonCode",
                   ${supervisionFactsSql('$5::date')}
              FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters cl ON cl.id = p.cluster_id
             WHERE b.selection_status = 'approved' AND b.released_on IS NULL
               AND ($1 OR cl.code = ANY($2) OR p.code = ANY($3)) AND ($4::text IS NULL OR p.code = $4)
            -- OFFSET 0 keeps PostgreSQL from flattening this: each buddy's facts are read once, not again for every use below.
            OFFSET 0) f) d
         WHERE ${state} IN ('overdue', 'due_soon') AND ($6::text IS NULL OR ${state} = $6)`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null, on, query.state ?? null],
      orderBy: 'm.next_due, m."lastName", m."buddyId"',
      page: query.page,
      pageSize: query.pageSize,
      hidden: ['next_due'],
    });
    // Only the rows on the page are worded.
    const items = found.items.map(
      (row): SupervisionDueItem => ({
        buddyId: row.buddyId,
        prisonNumber: row.prisonNumber,
        firstName: row.firstName,
        lastName: row.lastName,
        prisonCode: row.prisonCode,
        status: supervisionStatus({ ...row, today: on }),
      }),
    );
    return { ...found, items };
  }
}

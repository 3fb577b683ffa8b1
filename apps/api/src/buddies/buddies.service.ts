import { Injectable } from '@nestjs/common';
import type { BuddyDetail, BuddySummary, Page, RoleName } from '@peerpath/contracts';
import { closedRecordAllows, PERMISSIONS, selectionProblems, type BuddyRecordAction } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeFilter, type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { fieldErrorsFrom, today } from '@peerpath/api/platform/dates';
import { prisonForWrite } from '@peerpath/api/prisons/prison-for-write';
import { conflict, invalid, notFound, recordClosed } from '@peerpath/api/platform/domain-error';
import { BUDDY_SUMMARY_COLUMNS, buddyMatchesSql, mayBeAtStageSql, searchPatternOf, STAGE_OF_BUDDY, stageFactsJoin } from './buddies.sql';
import { pagedQuery } from '@peerpath/api/platform/paged-query';
import { BuddyAllocations } from './buddy-allocations';
import type { BuddyRegisterQueryDto, RecordApplicationDto, RecordSelectionDto } from './dto/buddy.dto';
import { inTransaction } from '@peerpath/api/platform/idempotency';

export interface BuddyForChange {
  id: string;
  prisonId: string;
  prisonCode: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  selectionStatus: 'applied' | 'approved' | 'declined';
  appliedOn: string;
  releasedOn: string | null;
}

@Injectable()
export class BuddiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly allocations: BuddyAllocations,
  ) {}

  /**
   * The register: searched, filtered and paged in SQL, always within the caller's scope. The
   * rows are found, counted and cut to the page on the buddy's own columns; each one's stage
   * (a certificate lookup) is derived for the page alone, or, with a stage filter, for the
   * buddies who could be at that stage.
   */
  async register(actor: Actor, query: BuddyRegisterQueryDto): Promise<Page<BuddySummary>> {
    const scope = scopeFilter(actor, PERMISSIONS.readBuddies);
    // With a stage asked for, the buddies who could be at it by their own columns are found first,
    // behind OFFSET 0 so that PostgreSQL does not push the stage test below that; only they have
    // their certificate looked up to derive the stage in full.
    const stage = query.stage
      ? { narrow: `AND ${mayBeAtStageSql(query.stage)}`, join: stageFactsJoin('$7::date'), where: `WHERE ${STAGE_OF_BUDDY} = $6` }
      : { narrow: '', join: '', where: 'WHERE $6::text IS NULL AND $7::date IS NOT NULL' }; // both parameters typed, neither filtering
    return pagedQuery<BuddySummary>(this.dataSource.manager, {
      matching: `
        SELECT b.id, b.last_name AS sort_last, b.first_name AS sort_first, b.prison_number AS sort_number
          FROM (SELECT b.* FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
                 WHERE ($1 OR c.code = ANY($2) OR p.code = ANY($3))
                   AND ${buddyMatchesSql('$4')}
                   AND ($5::text IS NULL OR p.code = $5)
                   ${stage.narrow}
                OFFSET 0) b
          ${stage.join}
         ${stage.where}`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, searchPatternOf(query.search), query.prison ?? null, query.stage ?? null, today()],
      orderBy: 'm.sort_last, m.sort_first, m.sort_number',
      details: `
        SELECT ${BUDDY_SUMMARY_COLUMNS}, m.total, m.sort_last, m.sort_first, m.sort_number
          FROM m JOIN buddies b ON b.id = m.id JOIN prisons p ON p.id = b.prison_id
          ${stageFactsJoin('$7::date')}`,
      page: query.page,
      pageSize: query.pageSize ?? 25,
      hidden: ['sort_last', 'sort_first', 'sort_number'],
    });
  }

  async get(actor: Actor, buddyId: string, roles: readonly RoleName[] = PERMISSIONS.readBuddies): Promise<BuddyDetail> {
    return this.load(this.dataSource.manager, actor, buddyId, roles);
  }

  /** The record without a scope check: only for answering the person who just moved it out of their scope. */
  async getUnscoped(buddyId: string): Promise<BuddyDetail> {
    return this.load(this.dataSource.manager, null, buddyId, PERMISSIONS.readBuddies);
  }

  async recordApplication(actor: Actor, dto: RecordApplicationDto): Promise<BuddyDetail> {
    if (dto.appliedOn > today()) throw invalid({ appliedOn: ['The application date cannot be in the future'] });
    return inTransaction(this.dataSource, async (manager) => {
      const prison = await prisonForWrite(manager, actor, PERMISSIONS.changeBuddyRecords, dto.prisonCode);
      const taken = await manager.query(`SELECT 1 FROM buddies WHERE prison_number = $1`, [dto.prisonNumber]);
      if (taken.length) {
        throw conflict('PRISON_NUMBER_TAKEN', `${dto.prisonNumber} already has a buddy record`, { prisonNumber: [`${dto.prisonNumber} already has a buddy record: search the register for it`] });
      }
      const [{ id: buddyId, prison_id: prisonId }] = await manager.query(
        `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, version) VALUES ($1, $2, $3, $4, $5, 1) RETURNING id, prison_id`,
        [dto.prisonNumber, dto.firstName, dto.lastName, prison.id, dto.appliedOn],
      );
      await this.audit.record(manager, actor, {
        action: 'buddy.application_recorded',
        entityType: 'buddy',
        entityId: buddyId,
        prisonId,
        after: { ...dto, selectionStatus: 'applied' },
      });
      return this.load(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords);
    });
  }

  async recordSelection(actor: Actor, buddyId: string, dto: RecordSelectionDto): Promise<BuddyDetail> {
    return inTransaction(this.dataSource, async (manager) => {
      const before = await this.load(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords, true);
      if (before.releasedOn && !closedRecordAllows('recordSelection')) throw recordClosed(before.prisonNumber, before.releasedOn);
      const problems = selectionProblems(dto, before.appliedOn, today());
      if (problems.length) throw invalid(fieldErrorsFrom(problems));
      await this.writeSelection(manager, actor, { id: buddyId, selectionStatus: before.selectionStatus }, dto);
      return this.load(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords);
    });
  }

  /**
   * Records a decision already checked by the caller, on a row the caller holds locked: the
   * decision, the new status, its consequences and the audit event. `audit` adds to the event.
   */
  async writeSelection(
    manager: EntityManager,
    actor: Actor,
    buddy: { id: string; selectionStatus: BuddyForChange['selectionStatus'] },
    dto: RecordSelectionDto,
    audit: Record<string, unknown> = {},
  ): Promise<void> {
    const buddyId = buddy.id;
    await manager.query(
      `INSERT INTO selection_decisions (buddy_id, outcome, security_check_done, risk_assessment_done, decided_by_user_id, decided_on, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [buddyId, dto.outcome, dto.securityCheckDone, dto.riskAssessmentDone, actor.id, dto.decidedOn, dto.notes?.trim() ?? ''],
    );
    await manager.query(`UPDATE buddies SET selection_status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [buddyId, dto.outcome]);
    const [{ prison_id: prisonId }] = await manager.query(`SELECT prison_id FROM buddies WHERE id = $1`, [buddyId]);
    // Declining someone already approved stops their work as a buddy now, not at the next check.
    const consequences = buddy.selectionStatus === 'approved' && dto.outcome === 'declined' ? await this.stopWork(manager, actor, buddyId, dto.decidedOn) : {};
    await this.audit.record(manager, actor, {
      action: 'buddy.selection_decided',
      entityType: 'buddy',
      entityId: buddyId,
      prisonId,
      before: { selectionStatus: buddy.selectionStatus },
      after: { selectionStatus: dto.outcome, outcome: dto.outcome, securityCheckDone: dto.securityCheckDone, riskAssessmentDone: dto.riskAssessmentDone, decidedOn: dto.decidedOn, notes: dto.notes, ...audit, ...consequences },
    });
  }

  /** Ends active allocations and the buddy's kiosk sign-in when they are no longer approved. */
  private async stopWork(manager: EntityManager, actor: Actor, buddyId: string, on: string): Promise<{ allocationsEnded: number; kioskDisabled: boolean }> {
    const allocationsEnded = await this.allocations.endAll(manager, actor, buddyId, on, 'No longer approved at selection');
    const [disabled] = await manager.query(`UPDATE users SET disabled_at = now() WHERE buddy_id = $1 AND disabled_at IS NULL RETURNING id`, [buddyId]);
    return { allocationsEnded, kioskDisabled: disabled.length > 0 };
  }

  /**
   * Locks a buddy's row for a change by someone acting in these roles at the buddy's prison.
   * Out of scope is not found; on a released buddy's closed record only what closedRecordAllows.
   */
  async lockForChange(manager: EntityManager, actor: Actor, buddyId: string, roles: readonly RoleName[], action: BuddyRecordAction): Promise<BuddyForChange> {
    const [row]: (BuddyForChange & { clusterCode: string })[] = await manager.query(
      `SELECT b.id, b.prison_id AS "prisonId", p.code AS "prisonCode", c.code AS "clusterCode", b.prison_number AS "prisonNumber",
              b.first_name AS "firstName", b.last_name AS "lastName", b.selection_status AS "selectionStatus",
              to_char(b.applied_on, 'YYYY-MM-DD') AS "appliedOn", to_char(b.released_on, 'YYYY-MM-DD') AS "releasedOn"
         FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
        WHERE b.id = $1 FOR UPDATE OF b`,
      [buddyId],
    );
    if (!row || !actorReaches(actor, roles, { code: row.prisonCode, clusterCode: row.clusterCode })) throw notFound('Buddy');
    if (row.releasedOn && !closedRecordAllows(action)) throw recordClosed(row.prisonNumber, row.releasedOn);
    return row;
  }

  /** Loads a buddy the actor may see in these roles; anyone else's is simply not found. */
  private async load(manager: EntityManager, actor: Actor | null, buddyId: string, roles: readonly RoleName[], forUpdate = false): Promise<BuddyDetail> {
    const rows: (BuddyDetail & { clusterCode: string })[] = await manager.query(
      `SELECT ${BUDDY_SUMMARY_COLUMNS}, b.version, to_char(b.released_on, 'YYYY-MM-DD') AS "releasedOn", c.code AS "clusterCode",
              COALESCE((SELECT json_agg(json_build_object(
                  'id', d.id, 'outcome', d.outcome, 'securityCheckDone', d.security_check_done,
                  'riskAssessmentDone', d.risk_assessment_done, 'decidedBy', u.display_name,
                  'decidedOn', to_char(d.decided_on, 'YYYY-MM-DD'), 'notes', d.notes, 'recordedAt', d.created_at)
                  ORDER BY d.created_at DESC)
                FROM selection_decisions d JOIN users u ON u.id = d.decided_by_user_id WHERE d.buddy_id = b.id), '[]') AS "selectionDecisions"
         FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
         ${stageFactsJoin('$2::date')}
        WHERE b.id = $1 ${forUpdate ? 'FOR UPDATE OF b' : ''}`,
      [buddyId, today()],
    );
    const row = rows[0];
    if (!row || (actor && !actorReaches(actor, roles, { code: row.prisonCode, clusterCode: row.clusterCode }))) throw notFound('Buddy');
    const detail: Partial<typeof row> = { ...row };
    delete detail.clusterCode;
    return detail as BuddyDetail;
  }

}

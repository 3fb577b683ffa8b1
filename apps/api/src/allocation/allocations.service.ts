import { Injectable } from '@nestjs/common';
import type { AllocationGateCode, AllocationNeedingAttention, AllocationSort, AllocationView, BuddySummary, CertificateStatus, Page, RoleName, RuleOutcome } from '@peerpath/contracts';
import { allocationGate, PERMISSIONS, supervisionStatus, type AllocationFacts } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeFilter, type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { bestCertificateSql } from '@peerpath/api/certification/certification.sql';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { searchBuddies } from '@peerpath/api/buddies/buddy-search';
import type { AllocatableBuddiesQueryDto } from '@peerpath/api/buddies/dto/buddy.dto';
import { today } from '@peerpath/api/platform/dates';
import { invalid, notFound, refusedByRule } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';
import { supervisionFactsSql, type SupervisionFacts } from '@peerpath/api/supervision/supervision.sql';
import { orderBySql, pagedQuery, sortOf } from '@peerpath/api/platform/paged-query';
import type { AllocationDto, AllocationListQueryDto, EndAllocationDto, NeedingAttentionQueryDto } from './dto/allocation.dto';
import { AllocationEndings } from './allocation-endings';
import { inTransaction } from '@peerpath/api/platform/idempotency';

const VIEW = `
  SELECT a.id, a.buddy_id AS "buddyId", b.first_name || ' ' || b.last_name AS "buddyName", b.prison_number AS "buddyPrisonNumber",
         a.recipient_id AS "recipientId", r.first_name || ' ' || r.last_name AS "recipientName", r.prison_number AS "recipientPrisonNumber",
         p.code AS "prisonCode", a.tasks, a.planned_weekly_hours::float AS "plannedWeeklyHours", to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn",
         a.status, to_char(a.ended_on, 'YYYY-MM-DD') AS "endedOn", a.end_reason AS "endReason", u.display_name AS "allocatedBy"
    FROM allocations a
    JOIN buddies b ON b.id = a.buddy_id
    JOIN recipients r ON r.id = a.recipient_id
    JOIN prisons p ON p.id = a.prison_id
    JOIN clusters cl ON cl.id = p.cluster_id
    JOIN users u ON u.id = a.allocated_by_user_id`;

/** The allocations list's sortable columns; names by surname, then the whole name. */
const ALLOCATION_COLUMNS: Record<AllocationSort, string | string[]> = {
  startsOn: 'm."startsOn"',
  hours: 'm."plannedWeeklyHours"',
  buddy: ['m.sort_buddy', 'm."buddyName"'],
  recipient: ['m.sort_recipient', 'm."recipientName"'],
};

interface FactsRow extends SupervisionFacts {
  buddyPrisonId: string;
  selectionApproved: boolean;
  buddyPrison: string;
  releasedOn: string | null;
  recipientPrison: string | null;
  weeklyHoursCap: number;
  activeWeeklyHours: number;
  alreadyAllocated: boolean;
  certificate: { number: string; status: CertificateStatus; expiresOn: string } | null;
}

/** Everything the gate needs for a buddy ($1), a recipient ($2) and a day ($3): prepared, as the form checks on every change. */
const GATE_FACTS = prepared(
  'allocation_gate_facts',
  `SELECT b.prison_id AS "buddyPrisonId", p.code AS "buddyPrison", b.selection_status = 'approved' AS "selectionApproved", cl.code AS "buddyPrisonCluster", to_char(b.released_on, 'YYYY-MM-DD') AS "releasedOn",
          rp.code AS "recipientPrison", rcl.code AS "recipientPrisonCluster", p.weekly_hours_cap AS "weeklyHoursCap",
          (SELECT COALESCE(sum(a.planned_weekly_hours), 0)::float FROM allocations a WHERE a.buddy_id = b.id AND a.status = 'active') AS "activeWeeklyHours",
          EXISTS (SELECT 1 FROM allocations a WHERE a.buddy_id = b.id AND a.recipient_id = $2 AND a.status = 'active') AS "alreadyAllocated",
          ${bestCertificateSql('b.id', '$3::date')} AS certificate,
          ${supervisionFactsSql('$3::date')}
     FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters cl ON cl.id = p.cluster_id
     LEFT JOIN recipients r ON r.id = $2 LEFT JOIN prisons rp ON rp.id = r.prison_id LEFT JOIN clusters rcl ON rcl.id = rp.cluster_id
    WHERE b.id = $1`,
);

@Injectable()
export class AllocationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
    private readonly endings: AllocationEndings,
  ) {}

  /** The gate, without writing: what the form shows before the coordinator submits. */
  async check(actor: Actor, dto: AllocationDto): Promise<RuleOutcome<AllocationGateCode>> {
    const facts = await this.facts(this.dataSource.manager, actor, dto);
    return allocationGate(facts.gate);
  }

  /**
   * Allocates when the gate allows. The buddy's row is locked first, so two coordinators
   * allocating the same buddy at once are serialised and the weekly cap holds for both.
   */
  async allocate(actor: Actor, dto: AllocationDto): Promise<AllocationView> {
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.startsOn < today()) throw invalid({ startsOn: ['The start date cannot be in the past'] });
      await manager.query(`SELECT 1 FROM buddies WHERE id = $1 FOR UPDATE`, [dto.buddyId]);
      const { gate, row } = await this.facts(manager, actor, dto);
      const outcome = allocationGate(gate);
      if (!outcome.allowed) throw refusedByRule('ALLOCATION_REFUSED', 'This allocation cannot go ahead', outcome.reasons);
      const [{ id: allocationId }] = await manager.query(
        `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, allocated_by_user_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
        [dto.buddyId, dto.recipientId, row.buddyPrisonId, dto.tasks, dto.plannedWeeklyHours, dto.startsOn, actor.id],
      );
      await this.audit.record(manager, actor, { action: 'allocation.made', entityType: 'buddy', entityId: dto.buddyId, prisonId: row.buddyPrisonId, after: { allocationId, ...dto } });
      await this.audit.record(manager, actor, { action: 'allocation.made', entityType: 'recipient', entityId: dto.recipientId, prisonId: row.buddyPrisonId, after: { allocationId, ...dto } });
      return this.view(manager, allocationId);
    });
  }

  async end(actor: Actor, allocationId: string, dto: EndAllocationDto): Promise<AllocationView> {
    const endedOn = dto.endedOn ?? today();
    await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, actor, allocationId, PERMISSIONS.allocate, true);
      if (current.status !== 'active') throw invalid({ reason: ['This allocation has already ended'] }, 'This allocation has already ended');
      if (endedOn < current.startsOn) throw invalid({ endedOn: [`The end date cannot be before it started (${current.startsOn})`] });
      if (endedOn > today()) throw invalid({ endedOn: ['The end date cannot be in the future: end it on the day'] });
      await this.endings.endOne(manager, actor, allocationId, endedOn, dto.reason);
    });
    return this.view(this.dataSource.manager, allocationId);
  }

  /** Every allocation a buddy has had, wherever it was: the record travels with them. */
  async ofBuddy(actor: Actor, buddyId: string): Promise<AllocationView[]> {
    await this.buddies.get(actor, buddyId);
    return this.dataSource.query(`${VIEW} WHERE a.buddy_id = $1 ORDER BY a.status, a.starts_on DESC`, [buddyId]);
  }

  /** A page of allocations in the caller's scope: active ones unless asked otherwise, newest first. */
  async list(actor: Actor, query: AllocationListQueryDto): Promise<Page<AllocationView>> {
    const scope = scopeFilter(actor, PERMISSIONS.readRecipients);
    const status = query.status ?? 'active';
    return pagedQuery<AllocationView>(this.dataSource.manager, {
      matching: `${VIEW.replace('u.display_name AS "allocatedBy"', 'u.display_name AS "allocatedBy", b.last_name AS sort_buddy, r.last_name AS sort_recipient')}
        WHERE ($1 OR cl.code = ANY($2) OR p.code = ANY($3)) AND ($4::text IS NULL OR p.code = $4)
          AND ($5::uuid IS NULL OR a.recipient_id = $5) AND ($6::allocation_status IS NULL OR a.status = $6)`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null, query.recipientId ?? null, status === 'all' ? null : status],
      orderBy: orderBySql({ columns: ALLOCATION_COLUMNS, ...sortOf(query, { sort: 'startsOn', order: 'desc' }), tieBreak: 'm.id' }),
      page: query.page,
      pageSize: query.pageSize,
      hidden: ['sort_buddy', 'sort_recipient'],
    });
  }

  /** One allocation, active or ended, within the caller's scope (a 404 outside it). */
  async get(actor: Actor, allocationId: string): Promise<AllocationView> {
    const row: Partial<AllocationView & { clusterCode: string }> = await this.load(this.dataSource.manager, actor, allocationId, PERMISSIONS.readRecipients);
    delete row.clusterCode;
    return row as AllocationView;
  }

  /**
   * A page of the active allocations whose buddy no longer holds a valid certificate (suspended,
   * revoked, expired), longest running first. Each buddy's best certificate is looked up once per
   * allocation (the OFFSET 0 keeps the lateral from being inlined into every use), and the
   * names and who allocated are joined for the page's rows only.
   */
  async needingAttention(actor: Actor, query: NeedingAttentionQueryDto): Promise<Page<AllocationNeedingAttention>> {
    const scope = scopeFilter(actor, PERMISSIONS.readRecipients);
    const found = await pagedQuery<AllocationView & { certificate: FactsRow['certificate'] }>(this.dataSource.manager, {
      matching: `
        SELECT a.id, a.starts_on, best.certificate
          FROM allocations a JOIN prisons p ON p.id = a.prison_id JOIN clusters cl ON cl.id = p.cluster_id
          CROSS JOIN LATERAL (SELECT ${bestCertificateSql('a.buddy_id', '$5::date')} AS certificate OFFSET 0) best
         WHERE a.status = 'active' AND ($1 OR cl.code = ANY($2) OR p.code = ANY($3)) AND ($4::text IS NULL OR p.code = $4)
           AND (best.certificate IS NULL OR best.certificate->>'status' <> 'valid')`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null, today()],
      orderBy: 'm.starts_on, m.id',
      details: `SELECT v.*, m.certificate, m.total, m.starts_on FROM m JOIN (${VIEW}) v ON v.id = m.id`,
      page: query.page,
      pageSize: query.pageSize,
      hidden: ['starts_on'],
    });
    const items = found.items.map(({ certificate, ...allocation }): AllocationNeedingAttention => ({
      ...allocation,
      certificateNumber: certificate?.number ?? null,
      certificateStatus: !certificate || certificate.status === 'valid' ? 'none' : certificate.status,
    }));
    return { ...found, items };
  }

  /**
   * The allocation form's buddy search: certified buddies (a valid certificate, selection
   * approved, not released: journeyStage's 'certified') at prisons where the caller allocates.
   * The gate still decides the rest (supervision, hours), and says why.
   */
  async allocatable(actor: Actor, query: AllocatableBuddiesQueryDto): Promise<Page<BuddySummary>> {
    const scope = scopeFilter(actor, PERMISSIONS.allocate);
    return searchBuddies(this.dataSource.manager, {
      where: `r.stage = 'certified' AND ($1 OR r.cluster_code = ANY($2) OR r."prisonCode" = ANY($3)) AND ($4::text IS NULL OR r."prisonCode" = $4)`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null],
      search: query.search,
      page: query.page,
      pageSize: query.pageSize,
      today: today(),
    });
  }

  /** Everything the gate needs, in one query, within the caller's scope. */
  private async facts(manager: EntityManager, actor: Actor, dto: AllocationDto): Promise<{ gate: AllocationFacts; row: FactsRow }> {
    const on = today();
    const [row] = await runPrepared<FactsRow & { buddyPrisonCluster: string; recipientPrisonCluster: string | null }>(manager, GATE_FACTS, [dto.buddyId, dto.recipientId, on]);
    // Someone the coordinator cannot see at all does not exist for them; seen but elsewhere, the gate says so.
    if (!row || !actorReaches(actor, PERMISSIONS.readRecipients, { code: row.buddyPrison, clusterCode: row.buddyPrisonCluster })) throw notFound('Buddy');
    if (!row.recipientPrison || !actorReaches(actor, PERMISSIONS.readRecipients, { code: row.recipientPrison, clusterCode: row.recipientPrisonCluster as string })) throw notFound('Recipient');
    const supervision = supervisionStatus({ ...row, today: on });
    const gate: AllocationFacts = {
      certificate: row.certificate,
      buddyRecordClosed: row.releasedOn !== null,
      selectionApproved: row.selectionApproved,
      buddyPrison: row.buddyPrison,
      recipientPrison: row.recipientPrison,
      coordinatorPrisons: scopeFilter(actor, PERMISSIONS.allocate).prisonCodes,
      supervision,
      activeWeeklyHours: row.activeWeeklyHours,
      plannedWeeklyHours: dto.plannedWeeklyHours,
      weeklyHoursCap: row.weeklyHoursCap,
      tasks: dto.tasks,
      alreadyAllocatedToRecipient: row.alreadyAllocated,
    };
    return { gate, row };
  }

  private async load(manager: EntityManager, actor: Actor, allocationId: string, roles: readonly RoleName[], lock = false): Promise<AllocationView & { clusterCode: string }> {
    const [row] = await manager.query(`${VIEW.replace('u.display_name AS "allocatedBy"', 'u.display_name AS "allocatedBy", cl.code AS "clusterCode"')} WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`, [allocationId]);
    if (!row || !actorReaches(actor, roles, { code: row.prisonCode, clusterCode: row.clusterCode })) throw notFound('Allocation');
    return row;
  }

  private async view(manager: EntityManager, allocationId: string): Promise<AllocationView> {
    const [row] = await manager.query(`${VIEW} WHERE a.id = $1`, [allocationId]);
    return row;
  }
}

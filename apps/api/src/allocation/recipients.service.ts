import { Injectable } from '@nestjs/common';
import type { Page, RecipientSort, RecipientSummary, RecipientSupportFilter, RoleName } from '@peerpath/contracts';

import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@peerpath/domain';
import { scopeFilter, type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { prisonForWrite } from '@peerpath/api/prisons/prison-for-write';
import { conflict, notFound } from '@peerpath/api/platform/domain-error';
import { today } from '@peerpath/api/platform/dates';
import { outcomeReviewDueOnSql, outcomeReviewFactsSql } from '@peerpath/api/outcomes/outcomes.sql';
import { searchPatternOf } from '@peerpath/api/buddies/buddies.sql';
import { orderBySql, pagedQuery, sortOf } from '@peerpath/api/platform/paged-query';
import { certificateNoLongerValidSql, recipientWaitingSinceSql } from './allocation.sql';
import type { CreateRecipientDto, RecipientListQueryDto } from './dto/allocation.dto';

/**
 * A recipient's summary; `today` is the SQL for today's date. "Needing attention" is the same
 * test as AllocationsService.needingAttention: the buddy's best certificate is not valid.
 */
const select = (today: string) => `
  SELECT r.id, r.prison_number AS "prisonNumber", r.first_name AS "firstName", r.last_name AS "lastName",
         p.code AS "prisonCode", p.name AS "prisonName", cl.code AS "clusterCode", r.support_summary AS "supportSummary",
         r.care_plan_reference AS "carePlanReference", r.version,
         (SELECT count(*)::int FROM allocations a WHERE a.recipient_id = r.id AND a.status = 'active') AS "activeAllocations",
         (SELECT count(*)::int FROM allocations a WHERE a.recipient_id = r.id AND a.status = 'active'
             AND ${certificateNoLongerValidSql('a.buddy_id', today)}) AS "allocationsNeedingAttention",
         ${recipientWaitingSinceSql('r')} AS "waitingSince",
         to_char(${outcomeReviewDueOnSql('orf.supported_since', 'orf.last_reviewed_on')}, 'YYYY-MM-DD') AS "outcomeReviewDueOn",
         to_char(orf.last_reviewed_on, 'YYYY-MM-DD') AS "lastReviewedOn"
    FROM recipients r JOIN prisons p ON p.id = r.prison_id JOIN clusters cl ON cl.id = p.cluster_id
    CROSS JOIN LATERAL (SELECT ${outcomeReviewFactsSql(today)}) orf`;

/** Who the support filter keeps; flagged: supported by a buddy whose certificate is no longer valid. */
const SUPPORT_FILTERS: Record<RecipientSupportFilter | 'any', string> = {
  any: 'true',
  waiting: 's."activeAllocations" = 0',
  supported: 's."activeAllocations" > 0',
  flagged: 's."allocationsNeedingAttention" > 0',
};

const RECIPIENT_COLUMNS: Record<RecipientSort, string | string[]> = {
  waitingSince: 'm."waitingSince"',
  name: ['m."lastName"', 'm."firstName"'],
};

function strip(row: RecipientSummary & { clusterCode?: string }): RecipientSummary {
  const summary = { ...row };
  delete summary.clusterCode;
  return summary;
}

/** The register of people with assessed care needs at each prison: the minimum about them (BRIEF: data). */
@Injectable()
export class RecipientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * A page of the register, within the caller's scope. By default those waiting longest come
   * first and the supported last (they have no 'waiting since'), as coordinators work down it.
   */
  async list(actor: Actor, query: RecipientListQueryDto): Promise<Page<RecipientSummary>> {
    const scope = scopeFilter(actor, PERMISSIONS.readRecipients);
    const matching = `SELECT * FROM (
        ${select('$5::date')}
         WHERE ($1 OR cl.code = ANY($2) OR p.code = ANY($3)) AND ($4::text IS NULL OR p.code = $4)
           AND ($6::text IS NULL OR r.prison_number ILIKE $6 OR (r.first_name || ' ' || r.last_name) ILIKE $6)) s
      WHERE ${SUPPORT_FILTERS[query.support ?? 'any']}`;
    return pagedQuery<RecipientSummary>(this.dataSource.manager, {
      matching,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null, today(), searchPatternOf(query.search)],
      orderBy: orderBySql({ columns: RECIPIENT_COLUMNS, ...sortOf(query, { sort: 'waitingSince', order: 'asc' }), tieBreak: 'm."lastName", m."firstName", m.id' }),
      page: query.page,
      pageSize: query.pageSize,
      hidden: ['clusterCode'],
    });
  }

  async get(actor: Actor, recipientId: string, roles: readonly RoleName[] = PERMISSIONS.readRecipients): Promise<RecipientSummary> {
    const [row] = await this.dataSource.query(`${select('$2::date')} WHERE r.id = $1`, [recipientId, today()]);
    if (!row || !actorReaches(actor, roles, { code: row.prisonCode, clusterCode: row.clusterCode })) throw notFound('Recipient');
    return strip(row);
  }

  async create(actor: Actor, dto: CreateRecipientDto): Promise<RecipientSummary> {
    const id = await this.dataSource.transaction(async (manager) => {
      const prison = await prisonForWrite(manager, actor, PERMISSIONS.allocate, dto.prisonCode);
      const taken = await manager.query(`SELECT 1 FROM recipients WHERE prison_number = $1`, [dto.prisonNumber]);
      if (taken.length) throw conflict('PRISON_NUMBER_TAKEN', `${dto.prisonNumber} is already on the recipient register`, { prisonNumber: [`${dto.prisonNumber} is already on the recipient register`] });
      const [{ id: recipientId, prison_id: prisonId }] = await manager.query(
        `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, version)
         VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id, prison_id`,
        [dto.prisonNumber, dto.firstName, dto.lastName, prison.id, dto.supportSummary, dto.carePlanReference],
      );
      await this.audit.record(manager, actor, { action: 'recipient.added', entityType: 'recipient', entityId: recipientId, prisonId, after: { ...dto } });
      return recipientId as string;
    });
    return this.get(actor, id, PERMISSIONS.allocate);
  }
}

import { Injectable } from '@nestjs/common';
import type { ConcernSort, ConcernView, Page, RoleName } from '@peerpath/contracts';
import { closedRecordAllows, formatDate, PERMISSIONS, prisonToday } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeFilter, type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { CertificatesService } from '@peerpath/api/certification/certificates.service';
import { conflict, invalid, notFound, recordClosed } from '@peerpath/api/platform/domain-error';
import { orderBySql, pagedQuery, sortOf } from '@peerpath/api/platform/paged-query';
import type { ConcernListQueryDto, RaiseConcernDto, ResolveConcernDto, SuspendForConcernDto } from './dto/concern.dto';
import { inTransaction } from '@peerpath/api/platform/idempotency';

const VIEW = `
  SELECT c.id, c.kind, c.status, CASE WHEN c.buddy_id IS NULL THEN 'recipient' ELSE 'buddy' END AS subject,
         COALESCE(c.buddy_id, c.recipient_id) AS "subjectId",
         COALESCE(b.first_name || ' ' || b.last_name, r.first_name || ' ' || r.last_name) AS "subjectName",
         COALESCE(b.prison_number, r.prison_number) AS "subjectPrisonNumber",
         p.code AS "prisonCode", cl.code AS "clusterCode", c.description,
         COALESCE(bp.code, p.code) AS "subjectPrisonCode", COALESCE(bcl.code, cl.code) AS "subjectClusterCode", ru.display_name AS "raisedBy", c.raised_at AS "raisedAt",
         c.outcome, vu.display_name AS "reviewedBy", c.reviewed_at AS "reviewedAt", c.version
    FROM concerns c
    JOIN prisons p ON p.id = c.prison_id JOIN clusters cl ON cl.id = p.cluster_id
    JOIN users ru ON ru.id = c.raised_by_user_id
    LEFT JOIN users vu ON vu.id = c.reviewed_by_user_id
    LEFT JOIN buddies b ON b.id = c.buddy_id
    LEFT JOIN prisons bp ON bp.id = b.prison_id
    LEFT JOIN clusters bcl ON bcl.id = bp.cluster_id
    LEFT JOIN recipients r ON r.id = c.recipient_id`;

/** The concerns list's sortable columns; after any of them, newest raised first. */
const CONCERN_COLUMNS: Record<ConcernSort, string> = {
  status: 'm.status',
  raisedAt: 'm."raisedAt"',
  reviewedAt: 'm."reviewedAt"',
  kind: 'm.kind',
  subject: 'm."subjectName"',
};

type ConcernRow = ConcernView & { clusterCode?: string; subjectPrisonCode?: string; subjectClusterCode?: string };

function strip(row: ConcernRow): ConcernView {
  const view = { ...row };
  delete view.clusterCode;
  delete view.subjectPrisonCode;
  delete view.subjectClusterCode;
  return view;
}

@Injectable()
export class ConcernsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly certificates: CertificatesService,
  ) {}

  async raise(actor: Actor, dto: RaiseConcernDto): Promise<ConcernView> {
    if (!dto.buddyId === !dto.recipientId) throw invalid({ subject: ['Say whether the concern is about a buddy or about the person they support'] });
    return inTransaction(this.dataSource, async (manager) => {
      const table = dto.buddyId ? 'buddies' : 'recipients';
      const [subject] = await manager.query(
        `SELECT s.id, s.prison_id AS "prisonId", p.code AS "prisonCode", cl.code AS "clusterCode", s.prison_number AS "prisonNumber",
                ${dto.buddyId ? `to_char(s.released_on, 'YYYY-MM-DD')` : 'NULL'} AS "releasedOn"
           FROM ${table} s JOIN prisons p ON p.id = s.prison_id JOIN clusters cl ON cl.id = p.cluster_id WHERE s.id = $1`,
        [dto.buddyId ?? dto.recipientId],
      );
      if (!subject || !actorReaches(actor, PERMISSIONS.raiseConcerns, { code: subject.prisonCode, clusterCode: subject.clusterCode })) throw notFound(dto.buddyId ? 'Buddy' : 'Recipient');
      // Recorded against a released buddy too, as history (closedRecordAllows says why).
      if (subject.releasedOn && !closedRecordAllows('raiseConcern')) throw recordClosed(subject.prisonNumber, subject.releasedOn);
      const [{ id: concernId }] = await manager.query(
        `INSERT INTO concerns (buddy_id, recipient_id, prison_id, kind, description, raised_by_user_id, version) VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
        [dto.buddyId ?? null, dto.recipientId ?? null, subject.prisonId, dto.kind, dto.description, actor.id],
      );
      await this.audit.record(manager, actor, {
        action: 'concern.raised',
        entityType: dto.buddyId ? 'buddy' : 'recipient',
        entityId: subject.id,
        prisonId: subject.prisonId,
        after: { concernId, kind: dto.kind, description: dto.description },
      });
      return this.get(actor, concernId, PERMISSIONS.raiseConcerns, manager);
    });
  }

  /** A page of concerns in the caller's scope (where raised or where the buddy is now); open ones first unless sorted otherwise. */
  async list(actor: Actor, query: ConcernListQueryDto): Promise<Page<ConcernView>> {
    const scope = scopeFilter(actor, PERMISSIONS.readConcerns);
    return pagedQuery<ConcernView>(this.dataSource.manager, {
      matching: `${VIEW} WHERE ($1 OR cl.code = ANY($2) OR p.code = ANY($3) OR COALESCE(bcl.code, cl.code) = ANY($2) OR COALESCE(bp.code, p.code) = ANY($3))
          AND ($4::text IS NULL OR p.code = $4 OR COALESCE(bp.code, p.code) = $4)
          AND ($5::concern_status IS NULL OR c.status = $5) AND ($6::uuid IS NULL OR c.buddy_id = $6)
          AND ($7::concern_kind IS NULL OR c.kind = $7)`,
      params: [scope.national, scope.clusterCodes, scope.prisonCodes, query.prison ?? null, query.status ?? null, query.buddyId ?? null, query.kind ?? null],
      orderBy: orderBySql({ columns: CONCERN_COLUMNS, ...sortOf(query, { sort: 'status', order: 'asc' }), tieBreak: 'm."raisedAt" DESC, m.id' }),
      page: query.page,
      pageSize: query.pageSize,
      hidden: ['clusterCode', 'subjectPrisonCode', 'subjectClusterCode'],
    });
  }

  /**
   * A concern follows its subject: staff where the buddy is now may read it, as may those where
   * it was raised (it is part of that prison's history). Only the buddy's current prison reviews it.
   */
  async get(actor: Actor, concernId: string, roles: readonly RoleName[] = PERMISSIONS.readConcerns, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ConcernView> {
    const [row]: ConcernRow[] = await manager.query(`${VIEW} WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`, [concernId]);
    const reviewing = roles === PERMISSIONS.reviewConcerns;
    const atSubject = !!row && actorReaches(actor, roles, { code: row.subjectPrisonCode as string, clusterCode: row.subjectClusterCode as string });
    const whereRaised = !!row && actorReaches(actor, roles, { code: row.prisonCode, clusterCode: row.clusterCode as string });
    if (!row || !(atSubject || (!reviewing && whereRaised))) throw notFound('Concern');
    return strip(row);
  }

  /** While a concern about a buddy is reviewed, the coordinator may suspend their certificate. */
  async suspendCertificate(actor: Actor, concernId: string, dto: SuspendForConcernDto): Promise<ConcernView> {
    await this.dataSource.transaction(async (manager) => {
      const concern = await this.get(actor, concernId, PERMISSIONS.reviewConcerns, manager, true);
      if (concern.subject !== 'buddy') throw invalid({ concern: ['Only a concern about a buddy can suspend a certificate'] });
      if (concern.status !== 'open') throw conflict('CONCERN_RESOLVED', 'This concern has been resolved');
      const certificateId = await this.certificates.currentCertificateId(manager, concern.subjectId);
      if (!certificateId) throw conflict('NO_VALID_CERTIFICATE', `${concern.subjectName} holds no valid certificate to suspend`);
      const reason = dto.reason ?? `Pending review of a ${concern.kind} concern raised on ${formatDate(prisonToday(new Date(concern.raisedAt)))}`;
      await this.certificates.changeStatusIn(manager, actor, certificateId, 'suspend', reason);
    });
    return this.get(actor, concernId);
  }

  async resolve(actor: Actor, concernId: string, dto: ResolveConcernDto): Promise<ConcernView> {
    await this.dataSource.transaction(async (manager) => {
      const concern = await this.get(actor, concernId, PERMISSIONS.reviewConcerns, manager, true);
      if (concern.status !== 'open') throw conflict('CONCERN_RESOLVED', 'This concern has already been resolved');
      const [[row]] = await manager.query(
        `UPDATE concerns SET status = 'resolved', outcome = $2, reviewed_by_user_id = $3, reviewed_at = now(), version = version + 1 WHERE id = $1 RETURNING prison_id`,
        [concernId, dto.outcome, actor.id],
      );
      await this.audit.record(manager, actor, {
        action: 'concern.resolved',
        entityType: concern.subject,
        entityId: concern.subjectId,
        prisonId: row.prison_id,
        before: { concernId, status: 'open' },
        after: { concernId, status: 'resolved', outcome: dto.outcome },
      });
    });
    return this.get(actor, concernId);
  }
}

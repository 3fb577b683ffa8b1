import { Injectable, StreamableFile } from '@nestjs/common';
import type { AuditActionKind, AuditEventView, AuditTrailPage } from '@peerpath/contracts';
import { AUDIT_ACTIONS, auditActionWords, auditChanges, auditChangesLine, formatDate, PERMISSIONS, prisonTime, prisonToday, unattributedActor } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { csvFile, streamRows, type CsvColumn } from '@peerpath/api/platform/csv';
import { ReportingDatabase } from '@peerpath/api/platform/reporting-database';
import { invalid } from '@peerpath/api/platform/domain-error';
import { DEFAULT_PAGE_SIZE } from '@peerpath/api/platform/paged-query';
import {
  AUDIT_TRAIL_COUNT_CAP,
  AUDIT_TRAIL_COUNT_SQL,
  AUDIT_TRAIL_CSV_SQL,
  AUDIT_TRAIL_EVENTS_SQL,
  AUDIT_TRAIL_PAGE_SQL,
  AUDIT_TRAIL_SCOPE_SQL,
  auditTrailParams,
  escapeLike,
} from './audit-trail.sql';
import type { AuditTrailQueryDto } from './dto/audit-trail-query.dto';

interface AuditEventRow {
  id: string;
  occurredAt: Date | string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  actorName: string | null;
  actorUsername: string | null;
  prisonCode: string | null;
  prisonName: string | null;
  subject: string | null;
}

/** One event as people read it: who, when, what and the changes in words. */
export function auditEventView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    occurredAt: new Date(row.occurredAt).toISOString(),
    who: row.actorName ?? unattributedActor(row.action),
    whoUsername: row.actorUsername,
    action: row.action,
    what: auditActionWords(row.action),
    subjectType: row.entityType,
    subjectId: row.entityId,
    // A record the event names but nobody can look up any more still shows what it was.
    subject: row.subject ?? `${row.entityType.replace(/_/g, ' ')} ${row.entityId}`,
    prisonCode: row.prisonCode,
    prisonName: row.prisonName,
    changes: auditChanges(row.before, row.after),
    requestId: row.requestId,
  };
}

const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'occurredAt', header: 'When (UTC)' },
  { key: 'whenLondon', header: 'When (London)' },
  { key: 'who', header: 'Who' },
  { key: 'whoUsername', header: 'Username' },
  { key: 'what', header: 'What' },
  { key: 'subject', header: 'About' },
  { key: 'prison', header: 'Prison' },
  { key: 'before', header: 'Before' },
  { key: 'after', header: 'After' },
  { key: 'requestId', header: 'Request id' },
];

/**
 * The audit trail for auditors and admins (issue 11): filtered, scoped, newest first, paged or
 * streamed as CSV. See audit-trail.sql.ts for who sees which events.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reporting: ReportingDatabase,
  ) {}

  /**
   * One page, newest first, with the matching events counted up to AUDIT_TRAIL_COUNT_CAP. When
   * that counts them all, the count also picked the page; past the cap the page walks the
   * newest-first indexes. Pages reach no further than the cap: a deeper one is empty.
   */
  async list(actor: Actor, query: AuditTrailQueryDto): Promise<AuditTrailPage> {
    const manager = this.dataSource.manager;
    const params = await this.params(manager, actor, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = (page - 1) * pageSize;
    const [{ total, ids }]: { total: number; ids: string[] }[] = await manager.query(AUDIT_TRAIL_COUNT_SQL, [...params, AUDIT_TRAIL_COUNT_CAP + 1, pageSize, offset]);
    const capped = total > AUDIT_TRAIL_COUNT_CAP;
    const rows: AuditEventRow[] = capped
      ? offset < AUDIT_TRAIL_COUNT_CAP
        ? await manager.query(AUDIT_TRAIL_PAGE_SQL, [...params, pageSize, offset])
        : []
      : ids.length
        ? await manager.query(AUDIT_TRAIL_EVENTS_SQL, [ids])
        : [];
    return {
      items: rows.map(auditEventView),
      total: Math.min(total, AUDIT_TRAIL_COUNT_CAP),
      page,
      pageSize,
      ...(capped ? { totalIsCapped: true as const } : {}),
    };
  }

  /** Every matching event, in the page's order, streamed from the reporting database. */
  async csv(actor: Actor, query: AuditTrailQueryDto): Promise<StreamableFile> {
    const params = await this.params(this.reporting.dataSource.manager, actor, query);
    const rows = streamRows(this.reporting, AUDIT_TRAIL_CSV_SQL, params);
    return csvFile(`audit-trail-${prisonToday()}.csv`, CSV_COLUMNS, csvRowsOf(rows));
  }

  /** The kinds of change the filter offers, each with its actions, in the order listed. */
  actions(): AuditActionKind[] {
    const kinds = new Map<string, AuditActionKind>();
    for (const [action, { words, kind }] of Object.entries(AUDIT_ACTIONS)) {
      const entry = kinds.get(kind) ?? { kind, actions: [] };
      entry.actions.push({ action, words });
      kinds.set(kind, entry);
    }
    return [...kinds.values()];
  }

  /** The query's filters as the event queries take them, the reader's scope looked up once. */
  private async params(manager: EntityManager, actor: Actor, query: AuditTrailQueryDto): Promise<unknown[]> {
    if (query.from && query.to && query.from > query.to) throw invalid({ to: ['The end date must be the same as or after the start date'] });
    const scope = scopeFilter(actor, PERMISSIONS.readAuditTrail);
    const [{ prisonIds, actorIds }]: { prisonIds: string[] | null; actorIds: string[] | null }[] = await manager.query(AUDIT_TRAIL_SCOPE_SQL, [
      scope.national,
      scope.clusterCodes,
      scope.prisonCodes,
      query.actor ? escapeLike(query.actor) : null,
    ]);
    return auditTrailParams({
      prisonIds,
      buddyId: query.buddyId ?? null,
      recipientId: query.recipientId ?? null,
      cohortId: query.cohortId ?? null,
      actorUserId: query.actorUserId ?? null,
      actorIds,
      action: query.action ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
    });
  }
}

/** Each streamed row as the page shows it, one side of the changes per cell. */
async function* csvRowsOf(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) {
    const view = auditEventView(row as unknown as AuditEventRow);
    const at = new Date(view.occurredAt);
    yield {
      ...view,
      whenLondon: `${formatDate(prisonToday(at))} ${prisonTime(at)}`,
      prison: view.prisonName ?? '',
      before: auditChangesLine(view.changes, 'before'),
      after: auditChangesLine(view.changes, 'after'),
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { AttentionItem, AttentionListKey, AttentionRole, AttentionSection, AttentionSummary, Page } from '@peerpath/contracts';
import { ATTENTION_LIST_KEYS, ATTENTION_LISTS, isAttentionListKey } from '@peerpath/domain';
import { HttpStatus, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { csvFile, streamRows } from '@peerpath/api/platform/csv';
import { ReportingDatabase } from '@peerpath/api/platform/reporting-database';
import { today } from '@peerpath/api/platform/dates';
import { DomainError, notFound } from '@peerpath/api/platform/domain-error';
import { pagedQuery } from '@peerpath/api/platform/paged-query';
import { attentionItem } from './attention-items';
import { ATTENTION_SQL, listSql, summarySql, type AttentionRow } from './attention.sql';

const href = (key: AttentionListKey) => `/attention/${key}`;

const CSV_COLUMNS = [
  { key: 'name', header: 'Name' },
  { key: 'prisonNumber', header: 'Prison number' },
  { key: 'prisonCode', header: 'Prison' },
  { key: 'what', header: 'What needs doing' },
  { key: 'date', header: 'Date' },
  { key: 'days', header: 'Days' },
];

/** Who needs attention today: counts for the home page and navigation, each list paged and as CSV. */
@Injectable()
export class AttentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reporting: ReportingDatabase,
  ) {}

  /**
   * Every list of the caller's roles, counted in one statement over the same SQL the lists
   * page through: cheap enough for the navigation to ask on every page.
   */
  async summary(actor: Actor): Promise<AttentionSummary> {
    const roles = this.rolesOf(actor);
    const keys = ATTENTION_LIST_KEYS.filter((key) => roles.has(ATTENTION_LISTS[key].role));
    if (keys.length === 0) return { sections: [], total: 0 };
    const [row]: Record<AttentionListKey, { count: number; oldestDays: number | null }>[] = await this.dataSource.query(summarySql(keys, this.wide(actor)), this.contextParams(actor));
    const sections = keys.map((key): AttentionSection => ({ key, ...ATTENTION_LISTS[key], count: row[key].count, oldestDays: row[key].oldestDays, href: href(key) }));
    return { sections, total: sections.reduce((sum, s) => sum + s.count, 0) };
  }

  async list(actor: Actor, listKey: string, page?: number): Promise<Page<AttentionItem>> {
    const key = this.check(actor, listKey);
    const rows = await pagedQuery<AttentionRow>(this.dataSource.manager, { matching: listSql(key, this.wide(actor)), params: this.contextParams(actor), orderBy: ATTENTION_SQL[key].orderBy, page });
    return { ...rows, items: rows.items.map((row) => attentionItem(key, row)) };
  }

  /** The whole list in the caller's scope, in the same order, streamed. */
  csv(actor: Actor, listKey: string): StreamableFile {
    const key = this.check(actor, listKey);
    const rows = streamRows(this.reporting, `SELECT m.* FROM (${listSql(key, this.wide(actor))}) m ORDER BY ${ATTENTION_SQL[key].orderBy}`, this.contextParams(actor));
    return csvFile(`${key}-${today()}.csv`, CSV_COLUMNS, words(key, rows));
  }

  /** An unknown list is a 404; another role's list, a 403 (a trainer has no coordinator's lists). */
  private check(actor: Actor, listKey: string): AttentionListKey {
    if (!isAttentionListKey(listKey)) throw notFound('Attention list');
    if (!this.rolesOf(actor).has(ATTENTION_LISTS[listKey].role)) throw new DomainError(HttpStatus.FORBIDDEN, 'ROLE_NOT_PERMITTED', 'Your role does not allow this');
    return listKey;
  }

  private rolesOf(actor: Actor): Set<AttentionRole> {
    return new Set(actor.roles.map((r) => r.role).filter((role): role is AttentionRole => role === 'coordinator' || role === 'trainer'));
  }

  /** A cluster or national coordinator: their lists cover thousands of people, so facts are gathered grouped. */
  private wide(actor: Actor): boolean {
    const coordinator = scopeFilter(actor, ['coordinator']);
    return coordinator.national || coordinator.clusterCodes.length > 0;
  }

  /** CONTEXT_CTE's parameters: where they coordinate, today, who they are, where they train. */
  private contextParams(actor: Actor): unknown[] {
    const coordinator = scopeFilter(actor, ['coordinator']);
    const trainer = scopeFilter(actor, ['trainer']);
    return [coordinator.national, coordinator.clusterCodes, coordinator.prisonCodes, today(), actor.id, trainer.prisonCodes];
  }
}

async function* words(key: AttentionListKey, rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) yield { ...attentionItem(key, row as unknown as AttentionRow) };
}

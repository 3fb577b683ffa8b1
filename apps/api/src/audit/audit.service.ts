import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { currentRequestId } from '@peerpath/api/platform/request-context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  prisonId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Records who changed what. Always called with the transaction's EntityManager,
 * so the event is written with the change or not at all. Each event carries the id of the
 * request that caused it (null for changes made outside a request: the demo seed, the CLI).
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Pick<Actor, 'id'> | null, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, actor, [entry]);
  }

  /** Several events from one change (e.g. a register for a whole room), in one insert. */
  async recordMany(manager: EntityManager, actor: Pick<Actor, 'id'> | null, entries: readonly AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const requestId = currentRequestId();
    // jsonb columns go through the query builder's deep-partial type: build the rows first.
    const events: Partial<AuditEvent>[] = entries.map((entry) => ({
      actorUserId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      prisonId: entry.prisonId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId,
    }));
    await manager.createQueryBuilder().insert().into(AuditEvent).values(events as never).execute();
  }
}

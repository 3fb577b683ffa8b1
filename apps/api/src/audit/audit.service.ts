import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
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
 * so the event is written with the change or not at all.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Pick<Actor, 'id'> | null, entry: AuditEntry, requestId?: string): Promise<void> {
    // jsonb columns go through the query builder's deep-partial type: build the row first.
    const event: Partial<AuditEvent> = {
      actorUserId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      prisonId: entry.prisonId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: requestId || null,
    };
    await manager.createQueryBuilder().insert().into(AuditEvent).values(event as never).execute();
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { BuddyAllocations } from '@peerpath/api/buddies/buddy-allocations';

/**
 * Ends allocations, auditing each on the buddy and the recipient. One allocation ends when a
 * coordinator ends it; all of a buddy's end when the buddy stops working (selection, transfer, release).
 */
@Injectable()
export class AllocationEndings implements BuddyAllocations {
  constructor(private readonly audit: AuditService) {}

  endOne(manager: EntityManager, actor: Actor, allocationId: string, endedOn: string, reason: string): Promise<number> {
    return this.end(manager, actor, `a.id = $1`, [allocationId], endedOn, reason);
  }

  endAll(manager: EntityManager, actor: Actor, buddyId: string, endedOn: string, reason: string): Promise<number> {
    return this.end(manager, actor, `a.buddy_id = $1`, [buddyId], endedOn, reason);
  }

  private async end(manager: EntityManager, actor: Actor, where: string, params: unknown[], endedOn: string, reason: string): Promise<number> {
    const n = params.length;
    const [ended]: [{ id: string; buddy_id: string; recipient_id: string; prison_id: string }[], number] = await manager.query(
      `UPDATE allocations a SET status = 'ended', ended_on = GREATEST($${n + 1}::date, a.starts_on), end_reason = $${n + 2}, version = version + 1
        WHERE a.status = 'active' AND ${where} RETURNING a.id, a.buddy_id, a.recipient_id, a.prison_id`,
      [...params, endedOn, reason],
    );
    await this.audit.recordMany(
      manager,
      actor,
      ended.flatMap((a) => [
        { action: 'allocation.ended', entityType: 'buddy', entityId: a.buddy_id, prisonId: a.prison_id, before: { allocationId: a.id, status: 'active' }, after: { allocationId: a.id, status: 'ended', endedOn, reason } },
        { action: 'allocation.ended', entityType: 'recipient', entityId: a.recipient_id, prisonId: a.prison_id, before: { allocationId: a.id, status: 'active' }, after: { allocationId: a.id, status: 'ended', endedOn, reason } },
      ]),
    );
    return ended.length;
  }
}

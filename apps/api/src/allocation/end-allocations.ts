import type { EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import type { AuditService } from '@peerpath/api/audit/audit.service';

/**
 * Ends the allocations matching `where` (a condition on `a`), auditing each on the buddy and
 * the recipient. Shared by ending one allocation and by transfer and release.
 */
export async function endAllocations(manager: EntityManager, audit: AuditService, actor: Actor, where: string, params: unknown[], endedOn: string, reason: string): Promise<number> {
  const n = params.length;
  const [ended]: [{ id: string; buddy_id: string; recipient_id: string; prison_id: string }[], number] = await manager.query(
    `UPDATE allocations a SET status = 'ended', ended_on = GREATEST($${n + 1}::date, a.starts_on), end_reason = $${n + 2}, version = version + 1
      WHERE a.status = 'active' AND ${where} RETURNING a.id, a.buddy_id, a.recipient_id, a.prison_id`,
    [...params, endedOn, reason],
  );
  await audit.recordMany(
    manager,
    actor,
    ended.flatMap((a) => [
      { action: 'allocation.ended', entityType: 'buddy', entityId: a.buddy_id, prisonId: a.prison_id, before: { allocationId: a.id, status: 'active' }, after: { allocationId: a.id, status: 'ended', endedOn, reason } },
      { action: 'allocation.ended', entityType: 'recipient', entityId: a.recipient_id, prisonId: a.prison_id, before: { allocationId: a.id, status: 'active' }, after: { allocationId: a.id, status: 'ended', endedOn, reason } },
    ]),
  );
  return ended.length;
}

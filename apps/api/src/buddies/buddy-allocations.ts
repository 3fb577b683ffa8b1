import type { EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';

/**
 * A buddy who stops working (no longer approved at selection, transferred, released) stops
 * supporting anyone: their allocations end with the change. Allocations belong to the allocation
 * feature, which builds on buddies (it locks and reads the buddy it allocates); so buddies names
 * the one thing it needs from allocation here and AllocationModule provides it, and the two
 * features do not import each other.
 */
export abstract class BuddyAllocations {
  /** Ends every active allocation of the buddy on `on` (or its start, if later), each audited; returns how many ended. */
  abstract endAll(manager: EntityManager, actor: Actor, buddyId: string, on: string, reason: string): Promise<number>;
}

import { HttpStatus } from '@nestjs/common';
import type { RoleName } from '@peerpath/contracts';

import type { EntityManager } from 'typeorm';
import { type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { DomainError, invalid } from '@peerpath/api/platform/domain-error';

/**
 * The prison a new record is written at, checked again inside the transaction: it exists, and
 * the actor holds one of these roles there. The route guard checks first; this makes the
 * service safe on its own (defence in depth), whatever reaches it.
 */
export async function prisonForWrite(manager: EntityManager, actor: Actor, roles: readonly RoleName[], code: string, field = 'prisonCode'): Promise<{ id: string; code: string; name: string }> {
  const [prison] = await manager.query(`SELECT p.id, p.code, p.name, c.code AS "clusterCode" FROM prisons p JOIN clusters c ON c.id = p.cluster_id WHERE p.code = $1`, [code]);
  if (!prison) throw invalid({ [field]: ['Choose a prison that exists'] });
  if (!actorReaches(actor, roles, prison)) {
    throw new DomainError(HttpStatus.FORBIDDEN, 'OUT_OF_SCOPE', 'This is outside the prisons you have access to');
  }
  return prison;
}

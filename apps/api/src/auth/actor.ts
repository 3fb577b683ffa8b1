import type { CurrentUser, RoleAssignmentView, RoleName } from '@peerpath/contracts';
import { canActAtPrison, holdsNationalRole, type ScopedRole } from '@peerpath/domain';

/** The signed-in person making this request, with every role they hold. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignmentView[];
  /** Signed in with a temporary password, not yet changed. */
  mustChangePassword: boolean;
}

/**
 * The part of the prison estate an actor reaches in some roles, shaped for SQL:
 * `(:national OR cluster.code = ANY(:clusterCodes) OR prison.code = ANY(:prisonCodes))`.
 */
export interface ScopeFilter {
  national: boolean;
  clusterCodes: string[];
  prisonCodes: string[];
}

export function scopeFilter(actor: Actor, roles: readonly RoleName[]): ScopeFilter {
  const held = actor.roles.filter((r) => roles.includes(r.role));
  return {
    national: holdsNationalRole(held as ScopedRole[], roles),
    clusterCodes: held.filter((r) => r.scope === 'cluster').map((r) => r.clusterCode as string),
    prisonCodes: held.filter((r) => r.scope === 'prison').map((r) => r.prisonCode as string),
  };
}

export function toCurrentUser(actor: Actor): CurrentUser {
  return { id: actor.id, username: actor.username, displayName: actor.displayName, roles: actor.roles, ...(actor.mustChangePassword ? { mustChangePassword: true as const } : {}) };
}

/** May the actor act in one of these roles at this prison? (The one scope check services make on a loaded row.) */
export function actorReaches(actor: Actor, roles: readonly RoleName[], prison: { code: string; clusterCode: string }): boolean {
  return canActAtPrison(actor.roles as ScopedRole[], roles, prison);
}

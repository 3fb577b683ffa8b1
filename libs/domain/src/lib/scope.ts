import type { RoleName, ScopeLevel } from '@peerpath/contracts';

export const ROLE_NAMES = ['admin', 'trainer', 'coordinator', 'auditor', 'buddy'] as const satisfies readonly RoleName[];
export const SCOPE_LEVELS = ['national', 'cluster', 'prison', 'self'] as const satisfies readonly ScopeLevel[];

/** A role assignment reduced to what scope decisions need. */
export interface ScopedRole {
  role: RoleName;
  scope: ScopeLevel;
  clusterCode?: string | null;
  prisonCode?: string | null;
}

export interface PrisonRef {
  code: string;
  clusterCode: string;
}

/** Does this assignment reach the given prison? Self-scoped roles reach no prison. */
export function assignmentCoversPrison(assignment: ScopedRole, prison: PrisonRef): boolean {
  switch (assignment.scope) {
    case 'national':
      return true;
    case 'cluster':
      return assignment.clusterCode === prison.clusterCode;
    case 'prison':
      return assignment.prisonCode === prison.code;
    case 'self':
      return false;
  }
}

/** May someone holding these assignments act in one of the given roles at this prison? */
export function canActAtPrison(assignments: readonly ScopedRole[], roles: readonly RoleName[], prison: PrisonRef): boolean {
  return assignments.some((a) => roles.includes(a.role) && assignmentCoversPrison(a, prison));
}

/** Codes of the prisons, from those given, that the assignments reach in any of the roles. */
export function prisonsInScope<P extends PrisonRef>(
  assignments: readonly ScopedRole[],
  roles: readonly RoleName[],
  prisons: readonly P[],
): P[] {
  return prisons.filter((p) => canActAtPrison(assignments, roles, p));
}

export function holdsRole(assignments: readonly ScopedRole[], roles: readonly RoleName[]): boolean {
  return assignments.some((a) => roles.includes(a.role));
}

export function holdsNationalRole(assignments: readonly ScopedRole[], roles: readonly RoleName[]): boolean {
  return assignments.some((a) => roles.includes(a.role) && a.scope === 'national');
}

/** Which scope levels make sense for which role (BRIEF: people and what they do). */
export const ALLOWED_SCOPES: Record<RoleName, readonly ScopeLevel[]> = {
  admin: ['national'],
  trainer: ['prison'],
  coordinator: ['prison'],
  auditor: ['prison', 'cluster', 'national'],
  buddy: ['self'],
};

export function roleScopeProblem(role: RoleName, scope: ScopeLevel): string | null {
  return ALLOWED_SCOPES[role].includes(scope)
    ? null
    : `A ${role} can only be given ${ALLOWED_SCOPES[role].join(' or ')} scope`;
}

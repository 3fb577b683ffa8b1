/** Roles a person can hold in Peerpath (BRIEF: people and what they do). */
export const ROLE_NAMES = ['admin', 'trainer', 'coordinator', 'auditor', 'buddy'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** How far a role assignment reaches. */
export const SCOPE_LEVELS = ['national', 'cluster', 'prison', 'self'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

export interface RoleAssignmentView {
  role: RoleName;
  scope: ScopeLevel;
  /** Set when scope is 'cluster'. */
  clusterCode?: string;
  /** Set when scope is 'prison'. */
  prisonCode?: string;
  /** Human wording of the scope, e.g. "Exeter (EXI)" or "Devon cluster". */
  scopeLabel: string;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignmentView[];
}

export interface SignInRequest {
  username: string;
  password: string;
}

/** Roles a person can hold in Peerpath (BRIEF: people and what they do). */
export type RoleName = 'admin' | 'trainer' | 'coordinator' | 'auditor' | 'buddy';

/** How far a role assignment reaches. */
export type ScopeLevel = 'national' | 'cluster' | 'prison' | 'self';

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
  /** Present when the person signed in with a temporary password: nothing else works until they change it. */
  mustChangePassword?: true;
}

/**
 * The signed-in session's clock, for the timeout warning. Only user activity extends a session:
 * asking for this (GET) does not, "Stay signed in" (POST) and every other request do.
 */
export interface SessionStatus {
  /** When the session ends unless something extends it. */
  expiresAt: string;
  /** Seconds until then, as the server counts them (the browser's clock may differ). */
  secondsLeft: number;
  /** How long an idle session lasts: an hour for staff, 10 minutes at the kiosk (configurable). */
  idleSeconds: number;
  /** How long before the end the warning appears. */
  warningSeconds: number;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface SignInRequest {
  username: string;
  password: string;
}

import type { RoleAssignmentView, RoleName, ScopeLevel } from './auth';

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignmentView[];
  lockedUntil: string | null;
  /** Still on the temporary password the account was given. */
  mustChangePassword: boolean;
  lastSignedInAt: string | null;
  /** Set once deactivated: no sign-in, sessions ended; the name stays in history. */
  deactivatedAt: string | null;
  createdAt: string;
}

export type StaffStatus = 'active' | 'deactivated';

export interface StaffListQuery {
  /** Matches username or name. */
  search?: string;
  /** Active accounts unless asked otherwise. */
  status?: StaffStatus;
  page?: number;
  pageSize?: number;
}

export interface RoleAssignmentRequest {
  role: RoleName;
  scope: ScopeLevel;
  clusterCode?: string;
  prisonCode?: string;
}

export interface CreateStaffAccountRequest {
  username: string;
  displayName: string;
  /** A temporary password: the person must change it when they first sign in. */
  password: string;
  roles: RoleAssignmentRequest[];
}

/** Every role the account should hold afterwards: roles not listed are removed, new ones given. */
export interface SetStaffRolesRequest {
  roles: RoleAssignmentRequest[];
}

/** A staff account's password reset by an admin: the new temporary password is shown this once. */
export interface StaffPasswordReset {
  account: StaffAccount;
  /** Give it to the person; they choose their own at their next sign-in. Never stored or shown again. */
  temporaryPassword: string;
}

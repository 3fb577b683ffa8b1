import type { RoleAssignmentView, RoleName, ScopeLevel } from './auth';

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  roles: RoleAssignmentView[];
  lockedUntil: string | null;
  createdAt: string;
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
  password: string;
  roles: RoleAssignmentRequest[];
}

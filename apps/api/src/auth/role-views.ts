import type { RoleAssignmentView, RoleName, ScopeLevel } from '@peerpath/contracts';

/** One role assignment as the role-listing SQL below returns it. */
export interface RoleRow {
  role: RoleName;
  scope: ScopeLevel;
  clusterCode: string | null;
  clusterName: string | null;
  prisonCode: string | null;
  prisonName: string | null;
}

/**
 * Selects a user's role assignments as one JSON array column, "roles". Needs
 * `users u` in the query; group by u.id.
 */
export const ROLES_OF_USER_SQL = `
  COALESCE((
    SELECT json_agg(json_build_object(
             'role', ra.role, 'scope', ra.scope,
             'clusterCode', c.code, 'clusterName', c.name,
             'prisonCode', p.code, 'prisonName', p.name
           ) ORDER BY ra.role, p.code, c.code)
      FROM role_assignments ra
      LEFT JOIN clusters c ON c.id = ra.cluster_id
      LEFT JOIN prisons p ON p.id = ra.prison_id
     WHERE ra.user_id = u.id
  ), '[]') AS roles`;

export function scopeLabel(scope: ScopeLevel, names: { clusterName?: string | null; prisonName?: string | null; prisonCode?: string | null }): string {
  switch (scope) {
    case 'national':
      return 'England and Wales';
    case 'cluster':
      return `${names.clusterName} cluster`;
    case 'prison':
      return `${names.prisonName} (${names.prisonCode})`;
    case 'self':
      return 'Your own record';
  }
}

export function toRoleView(row: RoleRow): RoleAssignmentView {
  return {
    role: row.role,
    scope: row.scope,
    ...(row.clusterCode ? { clusterCode: row.clusterCode } : {}),
    ...(row.prisonCode ? { prisonCode: row.prisonCode } : {}),
    scopeLabel: scopeLabel(row.scope, row),
  };
}

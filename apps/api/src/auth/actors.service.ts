import { Injectable } from '@nestjs/common';
import type { RoleAssignmentView, RoleName, ScopeLevel } from '@peerpath/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';

interface ActorRow {
  id: string;
  username: string;
  display_name: string;
  roles: { role: RoleName; scope: ScopeLevel; clusterCode: string | null; clusterName: string | null; prisonCode: string | null; prisonName: string | null }[];
}

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

/** Loads who is signing in or calling, with their roles, in one query per request. */
@Injectable()
export class ActorsService {
  constructor(private readonly dataSource: DataSource) {}

  async findActive(userId: string): Promise<Actor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name,
              COALESCE(json_agg(json_build_object(
                'role', ra.role, 'scope', ra.scope,
                'clusterCode', c.code, 'clusterName', c.name,
                'prisonCode', p.code, 'prisonName', p.name
              ) ORDER BY ra.role, p.code, c.code) FILTER (WHERE ra.id IS NOT NULL), '[]') AS roles
         FROM users u
         LEFT JOIN role_assignments ra ON ra.user_id = u.id
         LEFT JOIN clusters c ON c.id = ra.cluster_id
         LEFT JOIN prisons p ON p.id = ra.prison_id
        WHERE u.id = $1 AND u.disabled_at IS NULL
        GROUP BY u.id`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles.map(
        (r): RoleAssignmentView => ({
          role: r.role,
          scope: r.scope,
          ...(r.clusterCode ? { clusterCode: r.clusterCode } : {}),
          ...(r.prisonCode ? { prisonCode: r.prisonCode } : {}),
          scopeLabel: scopeLabel(r.scope, r),
        }),
      ),
    };
  }
}

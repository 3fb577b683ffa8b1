import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { ROLES_OF_USER_SQL, toRoleView, type RoleRow } from './role-views';

/** Loads who is signing in or calling, with their roles, in one query per request. */
@Injectable()
export class ActorsService {
  constructor(private readonly dataSource: DataSource) {}

  async findActive(userId: string): Promise<Actor | null> {
    const rows: { id: string; username: string; display_name: string; must_change_password: boolean; roles: RoleRow[] }[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.must_change_password, ${ROLES_OF_USER_SQL}
         FROM users u
        WHERE u.id = $1 AND u.disabled_at IS NULL`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles.map(toRoleView), mustChangePassword: row.must_change_password };
  }
}

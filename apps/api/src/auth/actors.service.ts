import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';
import type { Actor } from './actor';
import { ROLES_OF_USER_SQL, toRoleView, type RoleRow } from './role-views';

interface ActorRow {
  id: string;
  username: string;
  display_name: string;
  must_change_password: boolean;
  roles: RoleRow[];
}

/** Read afresh on every request (a role taken away or an account disabled counts at once), so prepared. */
const ACTIVE_ACTOR = prepared(
  'active_actor',
  `SELECT u.id, u.username, u.display_name, u.must_change_password, ${ROLES_OF_USER_SQL}
     FROM users u
    WHERE u.id = $1 AND u.disabled_at IS NULL`,
);

/** Loads who is signing in or calling, with their roles, in one query per request. */
@Injectable()
export class ActorsService {
  constructor(private readonly dataSource: DataSource) {}

  async findActive(userId: string): Promise<Actor | null> {
    const rows = await runPrepared<ActorRow>(this.dataSource, ACTIVE_ACTOR, [userId]);
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles.map(toRoleView), mustChangePassword: row.must_change_password };
  }
}

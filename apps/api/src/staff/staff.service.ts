import { Injectable } from '@nestjs/common';
import type { Page, RoleAssignmentRequest, StaffAccount, StaffPasswordReset } from '@peerpath/contracts';
import { roleScopeProblem, staffUsernameProblems } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { ROLES_OF_USER_SQL, toRoleView, type RoleRow } from '@peerpath/api/auth/role-views';
import { PasswordsService } from '@peerpath/api/auth/passwords.service';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid, notFound } from '@peerpath/api/platform/domain-error';
import { RoleAssignment } from '@peerpath/api/users/role-assignment.entity';
import { User } from '@peerpath/api/users/user.entity';
import type { CreateStaffAccountDto, StaffListQueryDto } from './dto/create-staff-account.dto';

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  locked_until: Date | null;
  must_change_password: boolean;
  last_signed_in_at: Date | null;
  disabled_at: Date | null;
  created_at: Date;
  roles: RoleRow[];
  total: number;
}

interface Place {
  role: RoleAssignmentRequest['role'];
  scope: RoleAssignmentRequest['scope'];
  clusterId: string | null;
  prisonId: string | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const placeKey = (p: Place) => `${p.role}:${p.scope}:${p.clusterId ?? ''}:${p.prisonId ?? ''}`;
/** Roles as the audit keeps them: readable codes, not ids. */
const auditRoles = (account: StaffAccount) => account.roles.map((r) => ({ role: r.role, scope: r.scope, clusterCode: r.clusterCode, prisonCode: r.prisonCode }));

/**
 * Admins manage staff accounts (BRIEF: people and what they do; issue 10): add one with a
 * temporary password, give and remove roles, unlock, deactivate. Every change is audited in its
 * transaction. An account is never deleted: records name who decided them.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly audit: AuditService,
  ) {}

  async list(query: StaffListQueryDto): Promise<Page<StaffAccount>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const rows = await this.find(this.dataSource.manager, { search: query.search, deactivated: query.status === 'deactivated', limit: pageSize, offset: (page - 1) * pageSize });
    const total = rows[0]?.total ?? (page > 1 ? (await this.find(this.dataSource.manager, { search: query.search, deactivated: query.status === 'deactivated', limit: 1, offset: 0 }))[0]?.total ?? 0 : 0);
    return { items: rows.map(toAccount), total, page, pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<StaffAccount> {
    const [row] = await this.find(manager, { id });
    if (!row) throw notFound('Staff account');
    return toAccount(row);
  }

  /** Staff are accounts not tied to a buddy; one query, roles and the page's total included. */
  private find(
    manager: EntityManager,
    filter: { id?: string; search?: string; deactivated?: boolean; limit?: number; offset?: number },
  ): Promise<StaffRow[]> {
    return manager.query(
      `SELECT u.id, u.username, u.display_name, u.locked_until, u.must_change_password, u.last_signed_in_at, u.disabled_at, u.created_at,
              ${ROLES_OF_USER_SQL}, count(*) OVER ()::int AS total
         FROM users u
        WHERE u.buddy_id IS NULL
          AND ($1::uuid IS NOT NULL OR (u.disabled_at IS NOT NULL) = $2)
          AND ($1::uuid IS NULL OR u.id = $1)
          AND ($3::text IS NULL OR u.username ILIKE '%' || $3 || '%' OR u.display_name ILIKE '%' || $3 || '%')
        ORDER BY u.display_name, u.username
        LIMIT $4 OFFSET $5`,
      [filter.id ?? null, filter.deactivated ?? false, filter.search?.replace(/[\\%_]/g, '\\$&') || null, filter.limit ?? 1, filter.offset ?? 0],
    );
  }

  async create(actor: Actor, dto: CreateStaffAccountDto): Promise<StaffAccount> {
    const username = dto.username.trim().toLowerCase();
    const fieldErrors: Record<string, string[]> = {};
    const usernameProblems = staffUsernameProblems(username);
    if (usernameProblems.length) fieldErrors['username'] = usernameProblems;
    const passwordProblems = this.passwords.problems(dto.password, username);
    if (passwordProblems.length) fieldErrors['password'] = passwordProblems.map((p) => p.message);

    const places = await this.resolvePlaces(dto.roles, fieldErrors);
    if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);

    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.exists(User, { where: { username } });
      if (taken) throw conflict('USERNAME_TAKEN', 'That username is already in use', { username: ['That username is already in use'] });
      // The password is temporary: the person chooses their own at first sign-in.
      const user = await manager.save(User, manager.create(User, { username, displayName: dto.displayName.trim(), passwordHash, mustChangePassword: true }));
      await manager.insert(RoleAssignment, places.map((p) => ({ userId: user.id, ...p })));
      const created = await this.get(user.id, manager);
      await this.audit.record(manager, actor, {
        action: 'staff.created',
        entityType: 'user',
        entityId: user.id,
        after: { username, displayName: user.displayName, roles: auditRoles(created), mustChangePassword: true },
      });
      return created;
    });
  }

  /** Gives and removes roles so that the account holds exactly these; unchanged ones are kept as they were. */
  async setRoles(actor: Actor, id: string, roles: RoleAssignmentRequest[]): Promise<StaffAccount> {
    const fieldErrors: Record<string, string[]> = {};
    const places = await this.resolvePlaces(roles, fieldErrors);
    if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockActive(manager, id);
      // An admin cannot take away their own way back in.
      if (id === actor.id && !places.some((p) => p.role === 'admin')) {
        throw conflict('OWN_ADMIN_ROLE', 'You cannot remove your own admin role: ask another admin', { roles: ['You cannot remove your own admin role: ask another admin'] });
      }
      const held: (Place & { id: string })[] = await manager.query(
        `SELECT id, role, scope, cluster_id AS "clusterId", prison_id AS "prisonId" FROM role_assignments WHERE user_id = $1`,
        [id],
      );
      const wanted = new Set(places.map(placeKey));
      const heldKeys = new Set(held.map(placeKey));
      const removed = held.filter((h) => !wanted.has(placeKey(h)));
      const given = places.filter((p) => !heldKeys.has(placeKey(p)));
      if (!removed.length && !given.length) return before;
      if (removed.length) await manager.query(`DELETE FROM role_assignments WHERE id = ANY($1::uuid[])`, [removed.map((r) => r.id)]);
      if (given.length) await manager.insert(RoleAssignment, given.map((p) => ({ userId: id, ...p })));
      await manager.query(`UPDATE users SET version = version + 1 WHERE id = $1`, [id]);
      const after = await this.get(id, manager);
      await this.audit.record(manager, actor, { action: 'staff.roles_changed', entityType: 'user', entityId: id, before: { roles: auditRoles(before) }, after: { roles: auditRoles(after) } });
      return after;
    });
  }

  /** Ends a sign-in lock early (staff locks lapse on their own after SIGN_IN_LOCK_MINUTES). */
  async unlock(actor: Actor, id: string): Promise<StaffAccount> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockActive(manager, id);
      if (!before.lockedUntil || new Date(before.lockedUntil) <= new Date()) return before;
      await manager.query(`UPDATE users SET failed_sign_ins = 0, locked_until = NULL, version = version + 1 WHERE id = $1`, [id]);
      await this.audit.record(manager, actor, { action: 'staff.unlocked', entityType: 'user', entityId: id, before: { lockedUntil: before.lockedUntil }, after: { lockedUntil: null } });
      return this.get(id, manager);
    });
  }

  /**
   * Nobody can sign in to a deactivated account and its open sessions end now. The row and its
   * roles stay, so every record they made still shows their name.
   */
  async deactivate(actor: Actor, id: string): Promise<StaffAccount> {
    if (id === actor.id) throw conflict('OWN_ACCOUNT', 'You cannot deactivate your own account: ask another admin');
    return this.dataSource.transaction(async (manager) => {
      const [row]: { disabled_at: Date | null }[] = await manager.query(`SELECT disabled_at FROM users WHERE id = $1 AND buddy_id IS NULL FOR UPDATE`, [id]);
      if (!row) throw notFound('Staff account');
      if (row.disabled_at) return this.get(id, manager);
      await manager.query(`UPDATE users SET disabled_at = now(), version = version + 1 WHERE id = $1`, [id]);
      await manager.query(`DELETE FROM sessions WHERE sess->>'userId' = $1`, [id]);
      const after = await this.get(id, manager);
      await this.audit.record(manager, actor, { action: 'staff.deactivated', entityType: 'user', entityId: id, before: { deactivatedAt: null }, after: { deactivatedAt: after.deactivatedAt } });
      return after;
    });
  }

  /**
   * A forgotten password: the account gets a new temporary one (generated, so never a weak one
   * an admin thought up), which the person must change at their next sign-in; any lock ends and
   * every session they have open ends now. The password itself is neither stored nor audited.
   */
  async resetPassword(actor: Actor, id: string): Promise<StaffPasswordReset> {
    if (id === actor.id) throw conflict('OWN_ACCOUNT', 'You cannot reset your own password here: use Change your password');
    const temporaryPassword = this.passwords.temporaryPassword();
    const passwordHash = await this.passwords.hash(temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockActive(manager, id);
      await manager.query(
        `UPDATE users SET password_hash = $2, must_change_password = true, failed_sign_ins = 0, locked_until = NULL, version = version + 1 WHERE id = $1`,
        [id, passwordHash],
      );
      const [, endedSessions]: [unknown, number] = await manager.query(`DELETE FROM sessions WHERE sess->>'userId' = $1`, [id]);
      const account = await this.get(id, manager);
      await this.audit.record(manager, actor, {
        action: 'staff.password_reset',
        entityType: 'user',
        entityId: id,
        before: { mustChangePassword: before.mustChangePassword, lockedUntil: before.lockedUntil },
        after: { mustChangePassword: true, lockedUntil: null, sessionsEnded: endedSessions },
      });
      return { account, temporaryPassword };
    });
  }

  /** Locks an active staff account's row for a change; a deactivated one stays as it was left. */
  private async lockActive(manager: EntityManager, id: string): Promise<StaffAccount> {
    const [row]: { disabled_at: Date | null }[] = await manager.query(`SELECT disabled_at FROM users WHERE id = $1 AND buddy_id IS NULL FOR UPDATE`, [id]);
    if (!row) throw notFound('Staff account');
    if (row.disabled_at) throw conflict('ACCOUNT_DEACTIVATED', 'This account has been deactivated');
    return this.get(id, manager);
  }

  /** Checks every role's scope and turns cluster and prison codes into ids, collecting every problem. */
  private async resolvePlaces(roles: RoleAssignmentRequest[], fieldErrors: Record<string, string[]>): Promise<Place[]> {
    const clusters: { id: string; code: string }[] = await this.dataSource.query(`SELECT id, code FROM clusters`);
    const prisons: { id: string; code: string }[] = await this.dataSource.query(`SELECT id, code FROM prisons`);
    const seen = new Set<string>();
    return roles.map((r, i) => {
      const problems: string[] = [];
      const scopeProblem = roleScopeProblem(r.role, r.scope);
      if (scopeProblem) problems.push(scopeProblem);
      if (r.role === 'buddy') problems.push('Buddy accounts are created from the buddy’s record, not as staff');
      const cluster = r.scope === 'cluster' ? clusters.find((c) => c.code === r.clusterCode?.toLowerCase()) : undefined;
      const prison = r.scope === 'prison' ? prisons.find((p) => p.code === r.prisonCode?.toUpperCase()) : undefined;
      if (r.scope === 'cluster' && !cluster) problems.push('Choose a cluster that exists');
      if (r.scope === 'prison' && !prison) problems.push('Choose a prison that exists');
      const place: Place = { role: r.role, scope: r.scope, clusterId: cluster?.id ?? null, prisonId: prison?.id ?? null };
      if (seen.has(placeKey(place))) problems.push('This role is listed twice');
      seen.add(placeKey(place));
      if (problems.length) fieldErrors[`roles.${i}`] = problems;
      return place;
    });
  }
}

function toAccount(r: StaffRow): StaffAccount {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: r.roles.map(toRoleView),
    lockedUntil: iso(r.locked_until),
    mustChangePassword: r.must_change_password,
    lastSignedInAt: iso(r.last_signed_in_at),
    deactivatedAt: iso(r.disabled_at),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

import { Injectable } from '@nestjs/common';
import type { StaffAccount } from '@peerpath/contracts';
import { roleScopeProblem } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { ROLES_OF_USER_SQL, toRoleView, type RoleRow } from '@peerpath/api/auth/role-views';
import { PasswordsService } from '@peerpath/api/auth/passwords.service';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid } from '@peerpath/api/platform/domain-error';
import { RoleAssignment } from '@peerpath/api/users/role-assignment.entity';
import { User } from '@peerpath/api/users/user.entity';
import type { CreateStaffAccountDto } from './dto/create-staff-account.dto';

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  locked_until: Date | null;
  created_at: Date;
  roles: RoleRow[];
}

/** Admins manage staff accounts (BRIEF: people and what they do). */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<StaffAccount[]> {
    return this.find();
  }

  /** Staff are every active account that is not a buddy's; one query, roles included. */
  private async find(id?: string): Promise<StaffAccount[]> {
    const rows: StaffRow[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.locked_until, u.created_at, ${ROLES_OF_USER_SQL}
         FROM users u
        WHERE u.disabled_at IS NULL
          AND ($1::uuid IS NULL OR u.id = $1)
          AND NOT EXISTS (SELECT 1 FROM role_assignments b WHERE b.user_id = u.id AND b.role = 'buddy')
        ORDER BY u.display_name, u.username`,
      [id ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
      roles: r.roles.map(toRoleView),
    }));
  }

  async create(actor: Actor, dto: CreateStaffAccountDto): Promise<StaffAccount> {
    const username = dto.username.toLowerCase();
    const fieldErrors: Record<string, string[]> = {};
    const passwordProblems = this.passwords.problems(dto.password, username);
    if (passwordProblems.length) fieldErrors['password'] = passwordProblems.map((p) => p.message);

    const places = await this.resolvePlaces(dto, fieldErrors);
    if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);

    const passwordHash = await this.passwords.hash(dto.password);
    const id = await this.dataSource.transaction(async (manager) => {
      const taken = await manager.exists(User, { where: { username } });
      if (taken) throw conflict('USERNAME_TAKEN', 'That username is already in use', { username: ['That username is already in use'] });
      const user = await manager.save(User, manager.create(User, { username, displayName: dto.displayName.trim(), passwordHash }));
      await manager.insert(
        RoleAssignment,
        places.map((p) => ({ userId: user.id, role: p.role, scope: p.scope, clusterId: p.clusterId, prisonId: p.prisonId })),
      );
      await this.audit.record(manager, actor, {
        action: 'staff.created',
        entityType: 'user',
        entityId: user.id,
        after: { username, displayName: user.displayName, roles: dto.roles.map((r) => ({ ...r })) },
      });
      return user.id;
    });
    const [created] = await this.find(id);
    return created;
  }

  /** Checks every role's scope and turns cluster and prison codes into ids, collecting every problem. */
  private async resolvePlaces(dto: CreateStaffAccountDto, fieldErrors: Record<string, string[]>) {
    const clusters: { id: string; code: string }[] = await this.dataSource.query(`SELECT id, code FROM clusters`);
    const prisons: { id: string; code: string }[] = await this.dataSource.query(`SELECT id, code FROM prisons`);
    const seen = new Set<string>();
    return dto.roles.map((r, i) => {
      const field = `roles.${i}`;
      const problems: string[] = [];
      const scopeProblem = roleScopeProblem(r.role, r.scope);
      if (scopeProblem) problems.push(scopeProblem);
      if (r.role === 'buddy') problems.push('Buddy accounts are created from the buddy’s record, not as staff');
      const cluster = r.scope === 'cluster' ? clusters.find((c) => c.code === r.clusterCode?.toLowerCase()) : undefined;
      const prison = r.scope === 'prison' ? prisons.find((p) => p.code === r.prisonCode?.toUpperCase()) : undefined;
      if (r.scope === 'cluster' && !cluster) problems.push('Choose a cluster that exists');
      if (r.scope === 'prison' && !prison) problems.push('Choose a prison that exists');
      const key = `${r.role}:${r.scope}:${cluster?.id ?? ''}:${prison?.id ?? ''}`;
      if (seen.has(key)) problems.push('This role is listed twice');
      seen.add(key);
      if (problems.length) fieldErrors[field] = problems;
      return { role: r.role, scope: r.scope, clusterId: cluster?.id ?? null, prisonId: prison?.id ?? null };
    });
  }
}

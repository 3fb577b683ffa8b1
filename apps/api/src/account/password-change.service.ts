import { Injectable } from '@nestjs/common';
import type { ChangePasswordRequest } from '@peerpath/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid } from '@peerpath/api/platform/domain-error';
import type { Actor } from '@peerpath/api/auth/actor';
import { PasswordsService } from '@peerpath/api/auth/passwords.service';

/**
 * A person changes their own password, which is also how a temporary one (a new account) is
 * replaced. Staff only: a buddy's PIN is set by their coordinator. Neither password is audited.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly audit: AuditService,
  ) {}

  async change(actor: Actor, request: ChangePasswordRequest, currentSessionId: string): Promise<void> {
    const [user]: { password_hash: string; is_buddy: boolean; must_change_password: boolean }[] = await this.dataSource.query(
      `SELECT password_hash, buddy_id IS NOT NULL AS is_buddy, must_change_password FROM users WHERE id = $1`,
      [actor.id],
    );
    if (user.is_buddy) throw conflict('PIN_SET_BY_COORDINATOR', 'Ask your buddy coordinator to set a new PIN');
    if (!(await this.passwords.verify(user.password_hash, request.currentPassword))) {
      throw invalid({ currentPassword: ['Your current password is not right'] });
    }
    const problems = this.passwords.problems(request.newPassword, actor.username).map((p) => p.message);
    if (request.newPassword === request.currentPassword) problems.push('Your new password must be different from your current one');
    if (problems.length) throw invalid({ newPassword: problems });

    const hash = await this.passwords.hash(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET password_hash = $2, must_change_password = false, version = version + 1 WHERE id = $1`, [actor.id, hash]);
      // Anyone else holding a session on the old password is signed out; this session carries on.
      await manager.query(`DELETE FROM sessions WHERE sess->>'userId' = $1 AND sid <> $2`, [actor.id, currentSessionId]);
      await this.audit.record(manager, actor, {
        action: user.must_change_password ? 'account.temporary_password_changed' : 'account.password_changed',
        entityType: 'user',
        entityId: actor.id,
      });
    });
  }
}

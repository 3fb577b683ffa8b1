import { Injectable } from '@nestjs/common';
import type { BuddyAccountView } from '@peerpath/contracts';
import { PERMISSIONS, pinProblems } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { PasswordsService } from '@peerpath/api/auth/passwords.service';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, invalid } from '@peerpath/api/platform/domain-error';
import { BuddiesService } from './buddies.service';

/**
 * A buddy's own sign-in: their prison number and a PIN their coordinator sets. Setting it
 * again is the reset: it clears the lock that 5 wrong tries put on. The PIN is hashed with
 * argon2id like any password, and never written to the audit.
 */
@Injectable()
export class BuddyAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
    private readonly passwords: PasswordsService,
  ) {}

  async get(actor: Actor, buddyId: string): Promise<BuddyAccountView> {
    const buddy = await this.buddies.get(actor, buddyId);
    const [user] = await this.dataSource.query(`SELECT COALESCE(locked_until > now(), false) AS locked, last_signed_in_at FROM users WHERE buddy_id = $1`, [buddyId]);
    return {
      username: buddy.prisonNumber,
      hasPin: !!user,
      locked: user?.locked ?? false,
      lastSignedInAt: user?.last_signed_in_at ?? null,
    };
  }

  async setPin(actor: Actor, buddyId: string, pin: string): Promise<BuddyAccountView> {
    const problems = pinProblems(pin);
    if (problems.length) throw invalid({ pin: problems });
    const hash = await this.passwords.hash(pin);
    await this.dataSource.transaction(async (manager) => {
      const buddy = await this.buddies.lockForChange(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords, 'setPin');
      if (buddy.selectionStatus !== 'approved') throw conflict('NOT_APPROVED', 'Only approved buddies can sign in');
      const [[existing]] = await manager.query(
        `UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL, disabled_at = NULL, version = version + 1 WHERE buddy_id = $1 RETURNING id`,
        [buddyId, hash],
      );
      if (!existing) {
        const [{ id }] = await manager.query(
          `INSERT INTO users (username, display_name, password_hash, buddy_id, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
          [buddy.prisonNumber.toLowerCase(), `${buddy.firstName} ${buddy.lastName}`, hash, buddyId],
        );
        await manager.query(`INSERT INTO role_assignments (user_id, role, scope) VALUES ($1, 'buddy', 'self')`, [id]);
      }
      // A reset also signs the buddy out everywhere: a session opened with the old PIN ends.
      if (existing) await manager.query(`DELETE FROM sessions WHERE sess->>'userId' = $1`, [existing.id]);
      await this.audit.record(manager, actor, { action: existing ? 'buddy.pin_reset' : 'buddy.pin_set', entityType: 'buddy', entityId: buddyId, prisonId: buddy.prisonId, after: { username: buddy.prisonNumber } });
    });
    return this.get(actor, buddyId);
  }
}

import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { looksLikePrisonNumber } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';
import { DomainError } from '@peerpath/api/platform/domain-error';
import { PasswordsService } from './passwords.service';
import type { SignInOutcome } from './sign-in-attempt.entity';

const wrongCredentials = () =>
  new DomainError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'Enter a correct username and password');

/** At the kiosk a buddy is told it is the PIN, and how many tries are left before it locks. */
export function wrongPinMessage(triesLeft: number): string {
  const tries = triesLeft === 1 ? '1 try' : `${triesLeft} tries`;
  return `The prison number or PIN is not right. You have ${tries} left before your PIN is locked.`;
}

const wrongPin = (triesLeft: number) => new DomainError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', wrongPinMessage(triesLeft));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function formatTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

/**
 * Checks a username and password, with the protections that must hold across every
 * API process, so all counting happens in PostgreSQL: repeated failures slow down, then
 * lock the account for a while; too many failures from one address are refused; every
 * attempt is recorded.
 */
@Injectable()
export class SignInService {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(rawUsername: string, password: string, ipAddress: string): Promise<string> {
    const username = rawUsername.trim().toLowerCase();
    const policy = this.config.signIn;
    // Staff usernames never have a prison number's shape (a check constraint holds it), so the
    // shape alone, which the person typed, says this is a buddy at the kiosk: nothing is revealed
    // by answering in PINs.
    const atKiosk = looksLikePrisonNumber(username);

    const [{ failures }] = await this.dataSource.query(
      `SELECT count(*)::int AS failures FROM sign_in_attempts
        WHERE ip_address = $1 AND outcome <> 'succeeded' AND attempted_at > now() - make_interval(mins => $2)`,
      [ipAddress, policy.windowMinutes],
    );
    if (failures >= policy.maxFailuresPerAddress) {
      await this.record(this.dataSource.manager, username, null, ipAddress, 'address_limited');
      throw new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', 'Too many failed sign-ins from this device. Wait 15 minutes and try again', undefined, {
        'Retry-After': String(policy.windowMinutes * 60),
      });
    }

    // Attempts on one account are serialised by a row lock held while the password is checked,
    // so parallel guesses cannot all slip in before the lock is set (a PIN has few possibilities).
    const outcome = await this.dataSource.transaction(async (manager) => {
      const users: { id: string; password_hash: string; locked_until: Date | null; is_buddy: boolean }[] = await manager.query(
        `SELECT id, password_hash, locked_until, buddy_id IS NOT NULL AS is_buddy FROM users WHERE username = $1 AND disabled_at IS NULL FOR UPDATE`,
        [username],
      );
      const user = users[0];
      if (user?.locked_until && user.locked_until > new Date()) {
        // Even the correct password fails until the lock ends.
        await this.record(manager, username, user.id, ipAddress, 'account_locked');
        return { error: this.locked(user.locked_until, user.is_buddy) };
      }
      const matches = await this.passwords.verify(user?.password_hash ?? null, password);
      if (!user) {
        await this.record(manager, username, null, ipAddress, 'unknown_user');
        if (!atKiosk) return { error: wrongCredentials() };
        // A prison number with no account (or none yet) is answered exactly as a buddy's would be,
        // tries left and lock included, so the answers cannot tell which prison numbers have
        // accounts. Its "failures" are the attempts recorded against it.
        const [{ failures }]: { failures: number }[] = await manager.query(
          `SELECT count(*)::int AS failures FROM sign_in_attempts WHERE username = $1 AND user_id IS NULL AND outcome = 'unknown_user'`,
          [username],
        );
        if (failures >= policy.maxFailuresPerAccount) return { error: this.pinLocked() };
        return { error: wrongPin(policy.maxFailuresPerAccount - failures), failures };
      }
      if (!matches) {
        // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
        const [[counted]]: [{ failed_sign_ins: number; locked_until: Date | null }[], number] = await manager.query(
          `UPDATE users SET
              failed_sign_ins = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END,
              locked_until = CASE
                WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END) >= $2
                -- A buddy's PIN stays locked until their coordinator resets it; staff locks lapse.
                THEN CASE WHEN buddy_id IS NOT NULL THEN 'infinity'::timestamptz ELSE now() + make_interval(mins => $3) END
                ELSE NULL END
            WHERE id = $1
            RETURNING failed_sign_ins, locked_until`,
          [user.id, policy.maxFailuresPerAccount, policy.lockMinutes],
        );
        await this.record(manager, username, user.id, ipAddress, 'wrong_password');
        if (counted.locked_until) return { error: this.locked(counted.locked_until, user.is_buddy) };
        const error = user.is_buddy ? wrongPin(policy.maxFailuresPerAccount - counted.failed_sign_ins) : wrongCredentials();
        return { error, failures: counted.failed_sign_ins };
      }
      await manager.query(`UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_signed_in_at = now() WHERE id = $1`, [user.id]);
      await this.record(manager, username, user.id, ipAddress, 'succeeded');
      return { userId: user.id as string };
    });
    if ('userId' in outcome && outcome.userId) return outcome.userId;
    // Slow down after the second failure (1x, 2x, 4x … the base delay), outside the lock.
    const accountFailures = 'failures' in outcome ? (outcome.failures ?? 0) : 0;
    if (accountFailures >= 2 && policy.delayMs > 0) await sleep(policy.delayMs * 2 ** Math.min(accountFailures - 2, 4));
    throw outcome.error;
  }

  /** A buddy's PIN stays locked until their coordinator sets a new one. */
  private pinLocked(): DomainError {
    return new DomainError(
      HttpStatus.TOO_MANY_REQUESTS,
      'ACCOUNT_LOCKED',
      `Your PIN is locked after ${this.config.signIn.maxFailuresPerAccount} wrong tries. Ask your buddy coordinator to reset it`,
    );
  }

  private locked(until: Date, isBuddy: boolean): DomainError {
    if (isBuddy) return this.pinLocked();
    return new DomainError(
      HttpStatus.TOO_MANY_REQUESTS,
      'ACCOUNT_LOCKED',
      `This account is locked after too many failed sign-ins. Try again after ${formatTime(until)}`,
      undefined,
      { 'Retry-After': String(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000))) },
    );
  }

  private async record(manager: EntityManager, username: string, userId: string | null, ipAddress: string, outcome: SignInOutcome): Promise<void> {
    await manager.query(
      `INSERT INTO sign_in_attempts (username, user_id, ip_address, outcome) VALUES ($1, $2, $3, $4)`,
      [username.slice(0, 128), userId, ipAddress.slice(0, 64), outcome],
    );
    const log = { event: 'sign_in', outcome, username: username.slice(0, 128), userId, ipAddress };
    if (outcome === 'succeeded') this.logger.log(log);
    else this.logger.warn(log);
  }
}

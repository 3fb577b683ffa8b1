import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { looksLikePrisonNumber } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';
import { DomainError } from '@peerpath/api/platform/domain-error';
import { RateLimiter } from '@peerpath/api/platform/rate-limiter';
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a failure's answer waits: nothing for the first two, then 1x, 2x, 4x … (at most 16x) the base delay. */
export function signInDelayMs(failures: number, baseDelayMs: number): number {
  return failures >= 2 && baseDelayMs > 0 ? baseDelayMs * 2 ** Math.min(failures - 2, 4) : 0;
}

/** Where a username's failures are counted: its account, or the counter row of a username with none. */
type FailureCounter = { table: 'users'; key: string } | { table: 'unknown_username_failures'; key: string };

function formatTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

/**
 * Checks a username and password, with the protections that must hold across every
 * API process, so all counting happens in PostgreSQL: repeated failures slow down, then
 * lock the account for a while; too many failures from one address are refused; every
 * attempt is recorded. A username with no account is answered exactly as one with an account.
 */
@Injectable()
export class SignInService {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(rawUsername: string, password: string, ipAddress: string): Promise<string> {
    const username = rawUsername.trim().toLowerCase().slice(0, 128);
    const policy = this.config.signIn;
    // Staff usernames never have a prison number's shape (a check constraint holds it), so the
    // shape alone, which the person typed, says this is a buddy at the kiosk: nothing is revealed
    // by answering in PINs.
    const atKiosk = looksLikePrisonNumber(username);

    // Each attempt takes one of the address's failures before it is evaluated, counted and decided
    // under one lock, so attempts sent at once cannot all slip under the limit; a success gives it back.
    const addressRule = { bucket: 'sign-in-failures', limit: policy.maxFailuresPerAddress, windowSeconds: policy.windowMinutes * 60 };
    const addressHit = await this.limiter.take(addressRule, ipAddress);
    if (!addressHit.allowed) {
      await this.record(this.dataSource.manager, username, null, ipAddress, 'address_limited');
      throw new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', 'Too many failed sign-ins from this device. Wait 15 minutes and try again', undefined, {
        'Retry-After': String(addressRule.windowSeconds),
      });
    }

    // Attempts on one username are serialised by a row lock held while the password is checked,
    // so parallel guesses cannot all slip in before the lock is set (a PIN has few possibilities).
    const outcome = await this.dataSource.transaction(async (manager) => {
      const users: { id: string; password_hash: string; locked_until: Date | null; is_buddy: boolean }[] = await manager.query(
        `SELECT id, password_hash, locked_until, buddy_id IS NOT NULL AS is_buddy FROM users WHERE username = $1 AND disabled_at IS NULL FOR UPDATE`,
        [username],
      );
      const user = users[0];
      // A username with no account (or a disabled one) is counted, slowed and locked exactly as an
      // account is, on a counter row of its own, so no answer tells which usernames exist.
      const counter: FailureCounter = user ? { table: 'users', key: user.id } : { table: 'unknown_username_failures', key: username };
      const isBuddy = user ? user.is_buddy : atKiosk;
      let lockedUntil = user?.locked_until ?? null;
      if (!user) {
        await manager.query(`INSERT INTO unknown_username_failures (username) VALUES ($1) ON CONFLICT (username) DO NOTHING`, [username]);
        const [unknown]: { locked_until: Date | null }[] = await manager.query(
          `SELECT locked_until FROM unknown_username_failures WHERE username = $1 FOR UPDATE`,
          [username],
        );
        lockedUntil = unknown.locked_until;
      }
      if (lockedUntil && lockedUntil > new Date()) {
        // Even the correct password fails until the lock ends.
        await this.record(manager, username, user?.id ?? null, ipAddress, 'account_locked');
        return { error: this.locked(lockedUntil, isBuddy) };
      }
      // An unknown username is checked against a decoy hash: the same argon2 cost either way.
      const matches = await this.passwords.verify(user?.password_hash ?? null, password);
      if (!user || !matches) {
        const counted = await this.countFailure(manager, counter, isBuddy);
        await this.record(manager, username, user?.id ?? null, ipAddress, user ? 'wrong_password' : 'unknown_user');
        if (counted.locked_until) return { error: this.locked(counted.locked_until, isBuddy) };
        const error = isBuddy ? wrongPin(policy.maxFailuresPerAccount - counted.failed_sign_ins) : wrongCredentials();
        return { error, failures: counted.failed_sign_ins };
      }
      await manager.query(`UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_signed_in_at = now() WHERE id = $1`, [user.id]);
      await this.record(manager, username, user.id, ipAddress, 'succeeded');
      return { userId: user.id as string };
    });
    if ('userId' in outcome && outcome.userId) {
      await this.limiter.giveBack(addressHit);
      return outcome.userId;
    }
    // Slow down after the second failure, outside the lock.
    const failures = 'failures' in outcome ? (outcome.failures ?? 0) : 0;
    const delay = signInDelayMs(failures, policy.delayMs);
    if (delay > 0) await this.pause(delay);
    throw outcome.error;
  }

  /** Waits before answering a failure (a method of its own so a test can see what was asked for). */
  protected pause(ms: number): Promise<void> {
    return sleep(ms);
  }

  /**
   * One more failure on an account or an unknown username, in one statement under the row lock:
   * the count starts afresh after a lapsed lock, and reaching the limit locks (a buddy's PIN until
   * their coordinator resets it, staff for a while).
   */
  private async countFailure(manager: EntityManager, counter: FailureCounter, isBuddy: boolean): Promise<{ failed_sign_ins: number; locked_until: Date | null }> {
    const keyColumn = counter.table === 'users' ? 'id' : 'username';
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [[counted]]: [{ failed_sign_ins: number; locked_until: Date | null }[], number] = await manager.query(
      `UPDATE ${counter.table} SET
          failed_sign_ins = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END,
          locked_until = CASE
            WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END) >= $2
            THEN CASE WHEN $4::boolean THEN 'infinity'::timestamptz ELSE now() + make_interval(mins => $3) END
            ELSE NULL END
        WHERE ${keyColumn} = $1
        RETURNING failed_sign_ins, locked_until`,
      [counter.key, this.config.signIn.maxFailuresPerAccount, this.config.signIn.lockMinutes, isBuddy],
    );
    return counted;
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

import { Injectable } from '@nestjs/common';
import { passwordProblems, type PasswordProblem } from '@peerpath/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { randomInt } from 'node:crypto';

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Letters and digits nobody misreads when copying from a screen (no 0/O, 1/l/I). */
const UNAMBIGUOUS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Context-specific words (NIST 800-63B asks for these too). */
const CONTEXT_WORDS = ['peerpath', 'buddy', 'prison', 'password'];

@Injectable()
export class PasswordsService {
  private readonly common = new Set<string>((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  /** Verifying against this when the user is unknown keeps timing from revealing which usernames exist. */
  private readonly decoy = argon2.hash('decoy password for unknown users', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }

  /**
   * A temporary password for an admin to hand over: 16 random characters from a 31-letter
   * alphabet (79 bits), in groups of four so it can be read out, like "k7mp-3xqa-9fte-w2hd".
   */
  temporaryPassword(): string {
    for (;;) {
      const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => UNAMBIGUOUS[randomInt(UNAMBIGUOUS.length)]).join(''));
      const password = groups.join('-');
      // Vanishingly rare, but a random draw could still look repetitive or sequential.
      if (this.problems(password).length === 0) return password;
    }
  }

  problems(password: string, username?: string): PasswordProblem[] {
    return passwordProblems(password, {
      username,
      isCommon: (p) => this.common.has(p) || CONTEXT_WORDS.some((word) => p === word || p.replace(/[\d\W_]+$/, '') === word),
    });
  }
}

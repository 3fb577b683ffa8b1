import { Injectable } from '@nestjs/common';
import { passwordProblems, type PasswordProblem } from '@peerpath/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

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

  problems(password: string, username?: string): PasswordProblem[] {
    return passwordProblems(password, {
      username,
      isCommon: (p) => this.common.has(p) || CONTEXT_WORDS.some((word) => p === word || p.replace(/[\d\W_]+$/, '') === word),
    });
  }
}

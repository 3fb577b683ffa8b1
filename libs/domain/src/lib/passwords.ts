/**
 * Password rules after NIST SP 800-63B §3.1.1.2: a minimum length, a generous
 * maximum, no composition rules, and refusal of passwords known to be common.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordProblem {
  code: 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_USERNAME';
  message: string;
}

export interface PasswordContext {
  username?: string;
  /** Answers whether a password is on a list of commonly used or breached passwords. */
  isCommon?: (password: string) => boolean;
}

export function passwordProblems(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Length counts characters as a person types them, not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'TOO_SHORT', message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ code: 'TOO_LONG', message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` });
  }
  const lowered = password.toLowerCase();
  if (isRepetitiveOrSequential(lowered) || context.isCommon?.(lowered) || context.isCommon?.(password)) {
    problems.push({ code: 'COMMON', message: 'Password is too common: choose one that is harder to guess' });
  }
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lowered.includes(username)) {
    problems.push({ code: 'CONTAINS_USERNAME', message: 'Password must not contain the username' });
  }
  return problems;
}

/** "aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "zyxwvutsrqpo": easy to guess whatever their length. */
export function isRepetitiveOrSequential(password: string): boolean {
  if (password.length < 2) return false;
  const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
  // Digits wrap round (…7890123…), so compare their steps modulo 10.
  const digitsOnly = /^\d+$/.test(password);
  const steps = new Set(codes.slice(1).map((code, i) => (digitsOnly ? (code - codes[i] + 10) % 10 : code - codes[i])));
  if (steps.size !== 1) return false;
  const [step] = [...steps];
  return digitsOnly ? step === 0 || step === 1 || step === 9 : step === 0 || step === 1 || step === -1;
}

/**
 * A buddy's PIN for the kiosk (issue: the buddy's own view): 6 to 12 digits, not one
 * repeated or a run like 123456. Set by their coordinator; 5 wrong tries lock it until reset.
 */
export function pinProblems(pin: string): string[] {
  if (!/^\d{6,12}$/.test(pin)) return ['The PIN must be 6 to 12 digits'];
  if (isRepetitiveOrSequential(pin)) return ['Choose a PIN that is not one digit repeated or a run like 123456'];
  return [];
}

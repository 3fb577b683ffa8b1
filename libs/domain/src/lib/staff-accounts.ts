import { PRISON_NUMBER_PATTERN } from './prison-numbers';

/** What a staff username may look like: 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter. */
export const STAFF_USERNAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]{2,63}$/;

/**
 * Problems with a username for a new staff account, every one listed. Buddies sign in at the
 * kiosk with their prison number as their username (BRIEF: the buddy's own view), and usernames
 * are compared case-insensitively, so a staff account named like a prison number (`c1001jk`)
 * would take that buddy's sign-in: it is refused whether or not the buddy exists yet.
 */
export function staffUsernameProblems(username: string): string[] {
  const trimmed = username.trim();
  const problems: string[] = [];
  if (!STAFF_USERNAME_PATTERN.test(trimmed)) {
    problems.push('Username must be 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter');
  }
  if (looksLikePrisonNumber(trimmed)) {
    problems.push('Username must not look like a prison number (like A1234BC): buddies sign in with those');
  }
  return problems;
}

export function looksLikePrisonNumber(username: string): boolean {
  return PRISON_NUMBER_PATTERN.test(username.trim().toUpperCase());
}

/**
 * The same rule for PostgreSQL, on the stored (lower-case) username: the users table refuses a
 * staff row (no buddy) whose username has a prison number's shape, whatever code writes it.
 */
export const PRISON_NUMBER_SHAPED_USERNAME_SQL = `"username" ~ '^[a-z][0-9]{4}[a-z]{2}$'`;

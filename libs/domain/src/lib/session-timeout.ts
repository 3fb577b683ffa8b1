/**
 * How long before a session ends the timeout warning appears (GOV.UK and HMRC timeout warning
 * pattern). WCAG 2.2.1 (timing adjustable) asks for at least 20 seconds to choose to carry on;
 * GOV.UK warns 2 minutes ahead. A tenth of the idle time sits between the two: 2 minutes for a
 * staff hour, 1 minute for the 10-minute kiosk session.
 */
export const TIMEOUT_WARNING_MIN_SECONDS = 20;
export const TIMEOUT_WARNING_MAX_SECONDS = 120;

export function timeoutWarningSeconds(idleSeconds: number): number {
  const tenth = Math.round(idleSeconds / 10);
  const warning = Math.min(TIMEOUT_WARNING_MAX_SECONDS, Math.max(TIMEOUT_WARNING_MIN_SECONDS, tenth));
  // Never more than the whole session (only a test setting could be that short).
  return Math.min(warning, Math.max(0, idleSeconds));
}

/**
 * How long is left, in words for the warning: minutes (rounded up, as HMRC's timeout dialog
 * does) while a minute or more is left, then seconds.
 */
export function timeLeftInWords(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s >= 60) {
    const minutes = Math.ceil(s / 60);
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  return s === 1 ? '1 second' : `${s} seconds`;
}

/**
 * The countdown as a screen reader hears it: not every second, which would drown everything
 * else, but when the minutes change and then at 40 and 20 seconds (as HMRC's dialog does).
 * Each value is said at the moment it becomes true and held until the next.
 */
export function announcedTimeLeft(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s > 60) return timeLeftInWords(s);
  return timeLeftInWords(Math.ceil(s / 20) * 20);
}

/** An idle time in words, for "you were signed out after 60 minutes without activity". */
export function idleTimeInWords(seconds: number): string {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/**
 * Someone who holds only the buddy role signs in at the wing's shared kiosk (BRIEF: the buddy's
 * own view), so their session is the short kiosk one; anyone with a staff role has the staff one.
 */
export function isKioskUser(roles: readonly { role: string }[]): boolean {
  return roles.length > 0 && roles.every((r) => r.role === 'buddy');
}

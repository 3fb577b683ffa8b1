import { Injectable, signal } from '@angular/core';

/**
 * When the API last saw activity from this tab: every request but the timeout warning's own
 * question extends the session on the server, so the warning's clock restarts from it.
 */
@Injectable({ providedIn: 'root' })
export class SessionClock {
  private readonly last = signal(0);

  readonly lastActivity = this.last.asReadonly();

  /** A request that extends the session was sent at `sentAt` (ms since the epoch) and answered. */
  extendedBy(sentAt: number): void {
    if (sentAt > this.last()) this.last.set(sentAt);
  }
}

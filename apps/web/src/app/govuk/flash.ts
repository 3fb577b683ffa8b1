import { Injectable, signal } from '@angular/core';

/**
 * A message for the next page to show once, e.g. "Attendance saved" after the register returns
 * to the cohort page. Kept in memory only: a reload does not repeat it.
 */
@Injectable({ providedIn: 'root' })
export class Flash {
  private readonly pending = signal<string | null>(null);

  set(message: string): void {
    this.pending.set(message);
  }

  /** The message, once; later calls get null until a new one is set. */
  take(): string | null {
    const message = this.pending();
    this.pending.set(null);
    return message;
  }
}

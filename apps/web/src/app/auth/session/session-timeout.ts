import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import type { SessionStatus } from '@peerpath/contracts';
import { isKioskUser } from '@peerpath/domain';
import { AuthApi } from '@peerpath/web/auth/auth.api';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { SessionClock } from '@peerpath/web/auth/session/session-clock';
import { SessionEnd } from '@peerpath/web/auth/session/session-end';

/** Another tab's activity counts when the server's end is at least this much later than ours. */
const OTHER_TAB_MARGIN_MS = 2000;

/**
 * The clock behind the timeout warning (GOV.UK timeout warning pattern). It learns the session's
 * idle time when someone signs in, restarts whenever a request extends the session, warns
 * `warningSeconds` before the end and, if nobody stays, ends the session here too. Before it warns
 * or ends anything it asks the server (without extending the session) in case another tab has
 * kept it alive.
 */
@Injectable({ providedIn: 'root' })
export class SessionTimeout {
  private readonly auth = inject(AuthService);
  private readonly api = inject(AuthApi);
  private readonly clock = inject(SessionClock);
  private readonly sessionEnd = inject(SessionEnd);
  private readonly router = inject(Router);

  private idleMs = 0;
  private warningMs = 0;
  private deadline = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Bumped whenever the clock stops, so an answer to an older question is ignored. */
  private generation = 0;

  /** The warning is showing. */
  readonly warning = signal(false);
  /** Whole seconds left while the warning shows. */
  readonly secondsLeft = signal(0);
  readonly kiosk = computed(() => isKioskUser(this.auth.currentUser()?.roles ?? []));

  constructor() {
    effect(() => {
      const userId = this.auth.currentUser()?.id;
      untracked(() => (userId ? void this.begin() : this.stop()));
    });
    effect(() => {
      const sentAt = this.clock.lastActivity();
      untracked(() => this.extendedBy(sentAt));
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** "Stay signed in". */
  async stay(): Promise<void> {
    const generation = this.generation;
    try {
      const status = await this.api.staySignedIn();
      if (generation === this.generation) this.apply(status, Date.now());
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) this.expire();
    }
  }

  /** "Sign out" from the warning: on purpose, so nothing typed is kept. */
  async signOut(): Promise<void> {
    this.stop();
    this.sessionEnd.clear();
    await this.auth.signOut().catch(() => undefined);
    await this.router.navigateByUrl('/sign-in');
  }

  private async begin(): Promise<void> {
    this.stop();
    const generation = this.generation;
    try {
      const status = await this.api.sessionStatus();
      if (generation === this.generation) this.apply(status, Date.now());
    } catch {
      // Not signed in after all: the next request's 401 says so.
    }
  }

  private apply(status: SessionStatus, answeredAt: number): void {
    this.idleMs = status.idleSeconds * 1000;
    this.warningMs = status.warningSeconds * 1000;
    this.setDeadline(answeredAt + status.secondsLeft * 1000);
  }

  /** A request sent at `sentAt` moved the session's end to at least sentAt + the idle time. */
  private extendedBy(sentAt: number): void {
    if (!this.idleMs || !sentAt) return;
    const deadline = sentAt + this.idleMs;
    if (deadline > this.deadline) this.setDeadline(deadline);
  }

  private setDeadline(deadline: number): void {
    this.deadline = deadline;
    this.clearTimers();
    this.warning.set(false);
    this.timer = setTimeout(() => void this.warnUnlessExtended(), Math.max(0, deadline - this.warningMs - Date.now()));
  }

  private async warnUnlessExtended(): Promise<void> {
    if (await this.extendedElsewhere()) return;
    this.warning.set(true);
    this.tick();
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    const left = (this.deadline - Date.now()) / 1000;
    this.secondsLeft.set(Math.max(0, Math.ceil(left)));
    if (left <= 0) void this.runOut();
  }

  private async runOut(): Promise<void> {
    this.clearTimers();
    if (await this.extendedElsewhere()) return;
    this.expire();
  }

  /**
   * Asks the server how long is left, which does not extend the session. True when another tab
   * has kept it alive (the clock is moved on); on a 401 the session is over.
   */
  private async extendedElsewhere(): Promise<boolean> {
    const generation = this.generation;
    try {
      const status = await this.api.sessionStatus();
      if (generation !== this.generation) return true;
      const serverDeadline = Date.now() + status.secondsLeft * 1000;
      if (serverDeadline <= this.deadline + OTHER_TAB_MARGIN_MS) return false;
      this.apply(status, Date.now());
      return true;
    } catch (error) {
      if (generation !== this.generation) return true;
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.expire();
        return true;
      }
      // The server did not answer: carry on by this tab's clock.
      return false;
    }
  }

  private expire(): void {
    const idleSeconds = this.idleMs / 1000 || null;
    this.stop();
    this.sessionEnd.end('timeout', idleSeconds);
  }

  private stop(): void {
    this.generation++;
    this.clearTimers();
    this.warning.set(false);
    this.deadline = 0;
    this.idleMs = 0;
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = undefined;
    this.ticker = undefined;
  }
}

import { inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { signInTree } from '@peerpath/web/auth/return-url';
import { FormDrafts } from '@peerpath/web/auth/session/form-drafts';

/** Why the person is back at the sign-in page, for it to say so. */
export interface SessionEnding {
  /** 'timeout': the warning ran out; 'ended': a request was refused because the session had gone. */
  kind: 'timeout' | 'ended';
  /** What was typed on the page is kept, to be put back after signing in. */
  keptWork: boolean;
  /** The idle time that ran out, for "after 60 minutes without activity". */
  idleSeconds: number | null;
}

/**
 * The one place a session's end is handled: keep the typed work, forget the user, and go to the
 * sign-in page, which brings the person back to the same page with their work put back.
 */
@Injectable({ providedIn: 'root' })
export class SessionEnd {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly drafts = inject(FormDrafts);
  private readonly ending = signal<SessionEnding | null>(null);

  readonly reason = this.ending.asReadonly();

  end(kind: SessionEnding['kind'], idleSeconds: number | null = null): void {
    const user = this.auth.currentUser();
    // Several requests may be refused at once: the work is kept by the first, while the user is known.
    if (user) {
      const keptWork = this.drafts.keepAll(user.id);
      this.ending.set({ kind, keptWork, idleSeconds });
      this.auth.forget();
    }
    void this.router.navigateByUrl(signInTree(this.router, this.router.url));
  }

  /** Signed in again, or signed out on purpose: nothing more to say. */
  clear(): void {
    this.ending.set(null);
  }
}

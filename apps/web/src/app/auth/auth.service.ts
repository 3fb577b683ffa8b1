import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { ROLE_NAMES } from '@peerpath/domain';
import type { ChangePasswordRequest, CurrentUser, RoleName, SignInRequest } from '@peerpath/contracts';
import { AuthApi } from '@peerpath/web/auth/auth.api';
import { FormDrafts } from '@peerpath/web/auth/session/form-drafts';

/**
 * Who is signed in. The session itself is an httpOnly cookie the browser sends; nothing is kept
 * in localStorage. This service only mirrors what the API says (API.currentUser).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);
  private readonly drafts = inject(FormDrafts);
  private readonly user = signal<CurrentUser | null>(null);

  readonly currentUser = this.user.asReadonly();
  readonly isSignedIn = computed(() => this.user() !== null);
  /** Signed in with a temporary password: the API refuses everything else until it is changed. */
  readonly mustChangePassword = computed(() => this.user()?.mustChangePassword === true);
  /** The distinct roles the user holds, in the product's usual order. */
  readonly roles = computed<RoleName[]>(() => {
    const held = new Set(this.user()?.roles.map((r) => r.role) ?? []);
    return ROLE_NAMES.filter((role) => held.has(role));
  });

  /**
   * Asks the API who is signed in. Also makes the API set the XSRF-TOKEN cookie, which every
   * later POST must echo, so this runs at start-up before anything else.
   */
  async loadCurrentUser(): Promise<CurrentUser | null> {
    try {
      const user = await this.api.currentUser();
      this.user.set(user);
    } catch (error) {
      if (!(error instanceof HttpErrorResponse)) throw error;
      // 401 means not signed in; any other failure also leaves the user on the sign-in page.
      this.user.set(null);
    }
    return this.user();
  }

  /** Rejects with the HttpErrorResponse when the API refuses; callers show its ApiError. */
  async signIn(request: SignInRequest): Promise<CurrentUser> {
    const user = await this.api.signIn(request);
    // Work kept from an ended session is only ever given back to the person who typed it.
    this.drafts.signedIn(user.id);
    this.user.set(user);
    return user;
  }

  /** Rejects with the HttpErrorResponse when the API refuses (wrong current password, a weak new one). */
  async changePassword(request: ChangePasswordRequest): Promise<CurrentUser> {
    const user = await this.api.changePassword(request);
    this.user.set(user);
    return user;
  }

  /** Signing out on purpose drops any work kept from an ended session too. */
  async signOut(): Promise<void> {
    this.drafts.discard();
    try {
      await this.api.signOut();
    } finally {
      this.user.set(null);
    }
  }

  /** The session has ended on the server (e.g. it expired): forget the user locally. */
  forget(): void {
    this.user.set(null);
  }
}

import { inject, Injectable } from '@angular/core';
import { API, type ChangePasswordRequest, type SignInRequest } from '@peerpath/contracts';
import { ApiClient, linkTo } from '@peerpath/web/platform/api-client';

/** Signing in and out, and asking who is signed in. Each rejects with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly api = inject(ApiClient);

  currentUser() {
    return this.api.send(API.currentUser);
  }

  signIn(request: SignInRequest) {
    return this.api.send(API.signIn, { body: request });
  }

  signOut() {
    return this.api.send(API.signOut);
  }

  /** How long the session has left; asking does not extend it. */
  sessionStatus() {
    return this.api.send(API.sessionStatus);
  }

  /** "Stay signed in". */
  staySignedIn() {
    return this.api.send(API.staySignedIn);
  }

  changePassword(request: ChangePasswordRequest) {
    return this.api.send(API.changePassword, { body: request });
  }
}

const AUTH_ROUTES = [linkTo(API.signIn), linkTo(API.signOut), linkTo(API.currentUser), linkTo(API.sessionStatus)];

/**
 * A request to the auth endpoints themselves, whose 401 means "not signed in", not "session
 * ended" (the timeout warning handles its own).
 */
export const isAuthRequest = (url: string) => AUTH_ROUTES.includes(url);

/** The timeout warning's question, the one request that leaves the session's end where it was. */
export const holdsSessionExpiry = (method: string, url: string) => method === API.sessionStatus.method && url === linkTo(API.sessionStatus);

import { HttpErrorResponse, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { holdsSessionExpiry, isAuthRequest } from '@peerpath/web/auth/auth.api';
import { CHANGE_PASSWORD_PATH } from '@peerpath/web/auth/auth.guards';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { SessionClock } from '@peerpath/web/auth/session/session-clock';
import { SessionEnd } from '@peerpath/web/auth/session/session-end';
import { tap } from 'rxjs';

/**
 * Every answer from the API but the timeout warning's own question means the session was just
 * extended: the warning's clock restarts. A 401 from anything but the auth endpoints means the
 * session has ended (expired, or signed out in another tab): what was typed on the page is kept
 * and the person signs in again, coming back to the same page with it.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const clock = inject(SessionClock);
  const sessionEnd = inject(SessionEnd);
  const sentAt = Date.now();
  const extends_ = !holdsSessionExpiry(request.method, request.url);
  return next(request).pipe(
    tap({
      next: (event) => {
        if (extends_ && event instanceof HttpResponse) clock.extendedBy(sentAt);
      },
      error: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse)) return;
        if (error.status === 401) {
          if (!isAuthRequest(request.url)) sessionEnd.end('ended');
          return;
        }
        // Any other answer from the API still went through the session, and extended it.
        if (extends_ && error.status > 0) clock.extendedBy(sentAt);
        // Signed in with a temporary password (perhaps reset since this page loaded): change it first.
        if (error.status === 403 && apiErrorOf(error)?.code === 'PASSWORD_CHANGE_REQUIRED') {
          void auth.loadCurrentUser().then(() => router.navigateByUrl(CHANGE_PASSWORD_PATH));
        }
      },
    }),
  );
};

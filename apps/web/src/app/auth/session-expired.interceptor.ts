import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { isAuthRequest } from '@peerpath/web/auth/auth.api';
import { CHANGE_PASSWORD_PATH } from '@peerpath/web/auth/auth.guards';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { signInTree } from '@peerpath/web/auth/return-url';
import { tap } from 'rxjs';

/**
 * A 401 from anything but the auth endpoints means the session has ended (expired or signed out
 * in another tab): forget the user and go to the sign-in page, which brings them back here.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthRequest(request.url)) {
          auth.forget();
          void router.navigateByUrl(signInTree(router, router.url));
        }
        // Signed in with a temporary password (perhaps reset since this page loaded): change it first.
        if (error instanceof HttpErrorResponse && error.status === 403 && apiErrorOf(error)?.code === 'PASSWORD_CHANGE_REQUIRED') {
          void auth.loadCurrentUser().then(() => router.navigateByUrl(CHANGE_PASSWORD_PATH));
        }
      },
    }),
  );
};

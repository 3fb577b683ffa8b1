import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { isAuthRequest } from '@peerpath/web/auth/auth.api';
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
      },
    }),
  );
};

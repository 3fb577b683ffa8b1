import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Area, mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';

/** Lets signed-in users through; sends everyone else to the sign-in page. */
export const signedInGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.isSignedIn() || inject(Router).createUrlTree(['/sign-in']);
};

/** The sign-in page is for people who are not signed in yet. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.isSignedIn() || inject(Router).createUrlTree(['/']);
};

/** Lets through users holding a role that may open the area; others see the home page. */
export function areaGuard(area: Area): CanActivateFn {
  return () => {
    const auth = inject(AuthService);
    if (!auth.isSignedIn()) return inject(Router).createUrlTree(['/sign-in']);
    return mayOpen(area, auth.roles()) || inject(Router).createUrlTree(['/']);
  };
}

/**
 * A buddy has one page, their own (BRIEF: the buddy's own view), so their home is /me. Anyone
 * holding a staff role keeps the staff home page.
 */
export const homeGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  if (!auth.isSignedIn()) return inject(Router).createUrlTree(['/sign-in']);
  const roles = auth.roles();
  const buddyOnly = roles.length > 0 && roles.every((role) => role === 'buddy');
  return !buddyOnly || inject(Router).createUrlTree(['/me']);
};

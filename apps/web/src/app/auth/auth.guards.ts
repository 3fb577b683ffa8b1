import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Area, mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { signInTree } from '@peerpath/web/auth/return-url';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Someone on a temporary password goes to "Change your password" first (the API refuses anything else). */
function passwordChangeTree(auth: AuthService) {
  return auth.mustChangePassword() ? inject(Router).createUrlTree([CHANGE_PASSWORD_PATH]) : null;
}

/** Lets signed-in users through; sends everyone else to the sign-in page, which brings them back. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  if (!auth.isSignedIn()) return signInTree(inject(Router), state?.url);
  return passwordChangeTree(auth) ?? true;
};

/** The "Change your password" page: for anyone signed in, whether or not they must. */
export const changePasswordGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isSignedIn() || signInTree(inject(Router), state?.url);
};

/** The sign-in page is for people who are not signed in yet. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.isSignedIn() || inject(Router).createUrlTree(['/']);
};

/** Lets through users holding a role that may open the area; others are told they may not (not silently sent home). */
export function areaGuard(area: Area): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    if (!auth.isSignedIn()) return signInTree(inject(Router), state?.url);
    return passwordChangeTree(auth) ?? (mayOpen(area, auth.roles()) || inject(Router).createUrlTree(['/forbidden']));
  };
}

/**
 * A buddy has one page, their own (BRIEF: the buddy's own view), so their home is /me. Anyone
 * holding a staff role keeps the staff home page.
 */
export const homeGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  if (!auth.isSignedIn()) return signInTree(inject(Router), state?.url);
  const mustChange = passwordChangeTree(auth);
  if (mustChange) return mustChange;
  const roles = auth.roles();
  const buddyOnly = roles.length > 0 && roles.every((role) => role === 'buddy');
  return !buddyOnly || inject(Router).createUrlTree(['/me']);
};

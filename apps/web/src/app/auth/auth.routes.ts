import { Routes } from '@angular/router';
import { changePasswordGuard, signedOutGuard } from '@peerpath/web/auth/auth.guards';

export const authRoutes: Routes = [
  {
    path: '',
    title: 'Sign in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@peerpath/web/auth/sign-in/sign-in.page').then((m) => m.SignInPage),
  },
];

export const changePasswordRoutes: Routes = [
  {
    path: '',
    title: 'Change your password',
    canActivate: [changePasswordGuard],
    loadComponent: () => import('@peerpath/web/auth/change-password/change-password.page').then((m) => m.ChangePasswordPage),
  },
];

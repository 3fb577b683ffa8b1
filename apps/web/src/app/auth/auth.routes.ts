import { Routes } from '@angular/router';
import { signedOutGuard } from '@peerpath/web/auth/auth.guards';

export const authRoutes: Routes = [
  {
    path: '',
    title: 'Sign in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@peerpath/web/auth/sign-in/sign-in.page').then((m) => m.SignInPage),
  },
];

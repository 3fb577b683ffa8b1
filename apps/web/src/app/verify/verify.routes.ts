import { Routes } from '@angular/router';

/**
 * Public: a certificate's QR code points at /verify/<code>, and whoever scans it (often not a
 * Peerpath user) must see the answer without signing in. No guard, on purpose.
 */
export const verifyRoutes: Routes = [
  {
    path: '',
    title: 'Check a certificate',
    loadComponent: () => import('@peerpath/web/verify/verify-form.page').then((m) => m.VerifyFormPage),
  },
  {
    path: ':code',
    title: 'Certificate check',
    loadComponent: () => import('@peerpath/web/verify/verify.page').then((m) => m.VerifyPage),
  },
];

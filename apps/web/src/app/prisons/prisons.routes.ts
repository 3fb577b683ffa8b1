import { Routes } from '@angular/router';

export const prisonsRoutes: Routes = [
  {
    path: '',
    title: 'Prisons',
    loadComponent: () => import('@peerpath/web/prisons/prisons.page').then((m) => m.PrisonsPage),
  },
  {
    path: ':code/policy',
    title: 'Scheme policy',
    loadComponent: () => import('@peerpath/web/prisons/policy.page').then((m) => m.PolicyPage),
  },
];

import { Routes } from '@angular/router';

export const prisonsRoutes: Routes = [
  {
    path: '',
    title: 'Prisons',
    loadComponent: () => import('@peerpath/web/prisons/prisons.page').then((m) => m.PrisonsPage),
  },
];

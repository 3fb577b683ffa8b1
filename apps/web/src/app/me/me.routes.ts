import { Routes } from '@angular/router';

export const meRoutes: Routes = [
  {
    path: '',
    title: 'Your buddy training',
    loadComponent: () => import('@peerpath/web/me/me.page').then((m) => m.MePage),
  },
];

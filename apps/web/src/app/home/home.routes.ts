import { Routes } from '@angular/router';

export const homeRoutes: Routes = [
  {
    path: '',
    title: 'Home',
    loadComponent: () => import('@peerpath/web/home/home.page').then((m) => m.HomePage),
  },
];

import { Routes } from '@angular/router';

export const supervisionRoutes: Routes = [
  {
    path: '',
    title: 'Supervision due',
    // The prison query parameter binds to the page's input.
    loadComponent: () => import('@peerpath/web/supervision/supervision-due.page').then((m) => m.SupervisionDuePage),
  },
];

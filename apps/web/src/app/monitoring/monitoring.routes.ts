import { Routes } from '@angular/router';

export const monitoringRoutes: Routes = [
  {
    path: '',
    title: 'How the scheme is doing',
    // scope, from, to (the dashboard) and sort, order (the comparison table) bind to the page's inputs.
    loadComponent: () => import('@peerpath/web/monitoring/monitoring.page').then((m) => m.MonitoringPage),
  },
];

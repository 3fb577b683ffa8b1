import { Routes } from '@angular/router';

export const auditRoutes: Routes = [
  {
    path: '',
    title: 'Audit trail',
    // Query parameters (buddyId, action, from, …) bind to the page's inputs.
    loadComponent: () => import('@peerpath/web/audit/audit-trail.page').then((m) => m.AuditTrailPage),
  },
];

import { Routes } from '@angular/router';
import { areaGuard } from '@peerpath/web/auth/auth.guards';

/** The parent route lets in concern raisers as well as readers; each page narrows it. */
export const concernsRoutes: Routes = [
  {
    path: '',
    title: 'Concerns',
    canActivate: [areaGuard('concerns')],
    // Query parameters (status, prison) bind to the page's inputs.
    loadComponent: () => import('@peerpath/web/concerns/concern-list.page').then((m) => m.ConcernListPage),
  },
  {
    path: 'new',
    title: 'Raise a concern',
    canActivate: [areaGuard('raiseConcerns')],
    loadComponent: () => import('@peerpath/web/concerns/concern-new.page').then((m) => m.ConcernNewPage),
  },
  {
    path: ':id',
    title: 'Concern',
    canActivate: [areaGuard('concerns')],
    loadComponent: () => import('@peerpath/web/concerns/concern.page').then((m) => m.ConcernPage),
  },
];

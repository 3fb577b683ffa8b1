import { Routes } from '@angular/router';
import { areaGuard } from '@peerpath/web/auth/auth.guards';
import { unsavedChangesGuard } from '@peerpath/web/platform/unsaved-changes';

export const programmesRoutes: Routes = [
  {
    path: '',
    title: 'Programmes',
    loadComponent: () => import('@peerpath/web/programmes/programmes.page').then((m) => m.ProgrammesPage),
  },
  {
    path: 'versions/:id',
    title: 'Programme version',
    loadComponent: () => import('@peerpath/web/programmes/version.page').then((m) => m.VersionPage),
  },
  {
    path: 'versions/:id/edit',
    title: 'Edit draft',
    canActivate: [areaGuard('programmeDrafts')],
    loadComponent: () => import('@peerpath/web/programmes/edit-draft.page').then((m) => m.EditDraftPage),
  },
  {
    path: 'versions/:id/modules/:number',
    title: 'Edit module',
    canActivate: [areaGuard('programmeDrafts')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('@peerpath/web/programmes/edit-module.page').then((m) => m.EditModulePage),
  },
];

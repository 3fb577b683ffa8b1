import { Routes } from '@angular/router';
import { areaGuard } from '@peerpath/web/auth/auth.guards';

export const buddiesRoutes: Routes = [
  {
    path: '',
    title: 'Buddy register',
    // Query parameters (search, prison, stage, page) bind to the page's inputs.
    loadComponent: () => import('@peerpath/web/buddies/buddy-register.page').then((m) => m.BuddyRegisterPage),
  },
  {
    path: 'new',
    title: 'Add an applicant',
    canActivate: [areaGuard('buddyApplications')],
    loadComponent: () => import('@peerpath/web/buddies/new-buddy.page').then((m) => m.NewBuddyPage),
  },
  {
    path: ':id',
    title: 'Buddy',
    loadComponent: () => import('@peerpath/web/buddies/buddy.page').then((m) => m.BuddyPage),
  },
];

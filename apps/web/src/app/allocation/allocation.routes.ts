import { Routes } from '@angular/router';
import { areaGuard } from '@peerpath/web/auth/auth.guards';

/** /recipients: the register of people with assessed care needs. */
export const recipientsRoutes: Routes = [
  {
    path: '',
    title: 'Recipients',
    // ?prison= binds to the page's input.
    loadComponent: () => import('@peerpath/web/allocation/recipient-register.page').then((m) => m.RecipientRegisterPage),
  },
  {
    path: 'new',
    title: 'Add a recipient',
    canActivate: [areaGuard('allocate')],
    loadComponent: () => import('@peerpath/web/allocation/new-recipient.page').then((m) => m.NewRecipientPage),
  },
  {
    path: ':id/outcome-review',
    title: 'Record an outcome review',
    canActivate: [areaGuard('recordOutcomeReviews')],
    loadComponent: () => import('@peerpath/web/outcomes/record-outcome-review.page').then((m) => m.RecordOutcomeReviewPage),
  },
  {
    path: ':id',
    title: 'Recipient',
    loadComponent: () => import('@peerpath/web/allocation/recipient.page').then((m) => m.RecipientPage),
  },
];

/** /allocations: who supports whom now, and the form with the gate. */
export const allocationsRoutes: Routes = [
  {
    path: '',
    title: 'Allocations',
    loadComponent: () => import('@peerpath/web/allocation/allocations.page').then((m) => m.AllocationsPage),
  },
  {
    path: 'new',
    title: 'Allocate a buddy',
    canActivate: [areaGuard('allocate')],
    // ?buddy= and ?recipient= preselect the form.
    loadComponent: () => import('@peerpath/web/allocation/new-allocation.page').then((m) => m.NewAllocationPage),
  },
  {
    path: ':id/end',
    title: 'End an allocation',
    canActivate: [areaGuard('allocate')],
    loadComponent: () => import('@peerpath/web/allocation/end-allocation.page').then((m) => m.EndAllocationPage),
  },
];

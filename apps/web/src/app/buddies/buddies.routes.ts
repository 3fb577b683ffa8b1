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
    path: 'decide',
    title: 'Decide on several applicants',
    canActivate: [areaGuard('buddyApplications')],
    loadComponent: () => import('@peerpath/web/buddies/bulk-selection.page').then((m) => m.BulkSelectionPage),
  },
  {
    path: ':id',
    title: 'Buddy',
    loadComponent: () => import('@peerpath/web/buddies/buddy.page').then((m) => m.BuddyPage),
  },
  // The coordinator's writes on a record; the API checks the prison and that the record is open.
  {
    path: ':id/supervision/new',
    title: 'Record a supervision',
    canActivate: [areaGuard('buddyRecords')],
    loadComponent: () => import('@peerpath/web/supervision/record-supervision.page').then((m) => m.RecordSupervisionPage),
  },
  {
    path: ':id/certificates/:certificateId/renew',
    title: 'Renew a certificate',
    canActivate: [areaGuard('buddyRecords')],
    loadComponent: () => import('@peerpath/web/certification/renew-certificate.page').then((m) => m.RenewCertificatePage),
  },
  {
    path: ':id/certificates/:certificateId/:change',
    title: 'Change a certificate',
    canActivate: [areaGuard('buddyRecords')],
    loadComponent: () => import('@peerpath/web/certification/certificate-status.page').then((m) => m.CertificateStatusPage),
  },
  {
    path: ':id/transfer',
    title: 'Transfer to another prison',
    canActivate: [areaGuard('buddyRecords')],
    loadComponent: () => import('@peerpath/web/buddies/transfer.page').then((m) => m.TransferPage),
  },
  {
    path: ':id/release',
    title: 'Record release',
    canActivate: [areaGuard('buddyRecords')],
    loadComponent: () => import('@peerpath/web/buddies/release.page').then((m) => m.ReleasePage),
  },
];

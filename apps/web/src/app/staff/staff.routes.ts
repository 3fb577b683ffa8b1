import { Routes } from '@angular/router';

export const staffRoutes: Routes = [
  {
    path: '',
    title: 'Staff accounts',
    loadComponent: () => import('@peerpath/web/staff/staff.page').then((m) => m.StaffPage),
  },
  {
    path: 'new',
    title: 'Add a staff account',
    loadComponent: () => import('@peerpath/web/staff/new-staff.page').then((m) => m.NewStaffPage),
  },
  {
    path: ':userId',
    title: 'Staff account',
    loadComponent: () => import('@peerpath/web/staff/staff-account.page').then((m) => m.StaffAccountPage),
  },
];

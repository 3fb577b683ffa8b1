import { Routes } from '@angular/router';

export const staffRoutes: Routes = [
  {
    path: '',
    title: 'Staff accounts',
    loadComponent: () => import('@peerpath/web/staff/staff.page').then((m) => m.StaffPage),
  },
];

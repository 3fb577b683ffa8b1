import { Route } from '@angular/router';
import { areaGuard, signedInGuard } from '@peerpath/web/auth/auth.guards';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    loadChildren: () => import('@peerpath/web/auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    path: 'prisons',
    canActivate: [areaGuard('prisons')],
    loadChildren: () => import('@peerpath/web/prisons/prisons.routes').then((m) => m.prisonsRoutes),
  },
  {
    path: 'buddies',
    canActivate: [areaGuard('buddies')],
    loadChildren: () => import('@peerpath/web/buddies/buddies.routes').then((m) => m.buddiesRoutes),
  },
  {
    path: 'cohorts',
    canActivate: [areaGuard('cohorts')],
    loadChildren: () => import('@peerpath/web/cohorts/cohorts.routes').then((m) => m.cohortsRoutes),
  },
  {
    path: 'programmes',
    canActivate: [areaGuard('programmes')],
    loadChildren: () => import('@peerpath/web/programmes/programmes.routes').then((m) => m.programmesRoutes),
  },
  {
    path: 'staff',
    canActivate: [areaGuard('staff')],
    loadChildren: () => import('@peerpath/web/staff/staff.routes').then((m) => m.staffRoutes),
  },
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadChildren: () => import('@peerpath/web/home/home.routes').then((m) => m.homeRoutes),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('@peerpath/web/not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];

import { Route } from '@angular/router';
import { areaGuard, homeGuard } from '@peerpath/web/auth/auth.guards';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    loadChildren: () => import('@peerpath/web/auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    path: 'change-password',
    loadChildren: () => import('@peerpath/web/auth/auth.routes').then((m) => m.changePasswordRoutes),
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
    path: 'recipients',
    canActivate: [areaGuard('recipients')],
    loadChildren: () => import('@peerpath/web/allocation/allocation.routes').then((m) => m.recipientsRoutes),
  },
  {
    path: 'allocations',
    canActivate: [areaGuard('recipients')],
    loadChildren: () => import('@peerpath/web/allocation/allocation.routes').then((m) => m.allocationsRoutes),
  },
  {
    path: 'attention',
    canActivate: [areaGuard('attention')],
    loadChildren: () => import('@peerpath/web/attention/attention.routes').then((m) => m.attentionRoutes),
  },
  {
    path: 'supervision',
    canActivate: [areaGuard('supervision')],
    loadChildren: () => import('@peerpath/web/supervision/supervision.routes').then((m) => m.supervisionRoutes),
  },
  {
    // Each page has its own guard: trainers may raise a concern but not read the list.
    path: 'concerns',
    loadChildren: () => import('@peerpath/web/concerns/concerns.routes').then((m) => m.concernsRoutes),
  },
  {
    path: 'monitoring',
    canActivate: [areaGuard('monitoring')],
    loadChildren: () => import('@peerpath/web/monitoring/monitoring.routes').then((m) => m.monitoringRoutes),
  },
  {
    path: 'audit',
    canActivate: [areaGuard('auditTrail')],
    loadChildren: () => import('@peerpath/web/audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    path: 'me',
    canActivate: [areaGuard('me')],
    loadChildren: () => import('@peerpath/web/me/me.routes').then((m) => m.meRoutes),
  },
  {
    // Public, signed in or not: the certificate's QR code leads here (BRIEF: certification).
    path: 'verify',
    loadChildren: () => import('@peerpath/web/verify/verify.routes').then((m) => m.verifyRoutes),
  },
  {
    path: '',
    pathMatch: 'full',
    // Signed in, or to the sign-in page; a buddy's home is their own page.
    canActivate: [homeGuard],
    loadChildren: () => import('@peerpath/web/home/home.routes').then((m) => m.homeRoutes),
  },
  {
    path: 'forbidden',
    title: 'You do not have permission to see this page',
    loadComponent: () => import('@peerpath/web/not-found/forbidden.page').then((m) => m.ForbiddenPage),
  },
  {
    path: 'accessibility',
    title: 'Accessibility statement',
    loadComponent: () => import('@peerpath/web/layout/accessibility.page').then((m) => m.AccessibilityPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('@peerpath/web/not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];

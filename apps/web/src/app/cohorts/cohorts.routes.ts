import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { cohortsLabel, mayCreateCohorts } from '@peerpath/web/cohorts/cohort-labels';

/** Only coordinators and admins set up cohorts; anyone else is sent back to the list. */
export const cohortCreatorGuard: CanActivateFn = () =>
  mayCreateCohorts(inject(AuthService).roles()) || inject(Router).createUrlTree(['/cohorts']);

export const cohortsRoutes: Routes = [
  {
    path: '',
    title: () => cohortsLabel(inject(AuthService).roles()),
    loadComponent: () => import('@peerpath/web/cohorts/cohort-list.page').then((m) => m.CohortListPage),
  },
  {
    path: 'new',
    title: 'Create a cohort',
    canActivate: [cohortCreatorGuard],
    loadComponent: () => import('@peerpath/web/cohorts/cohort-new.page').then((m) => m.CohortNewPage),
  },
  {
    path: ':cohortId',
    title: 'Cohort',
    loadComponent: () => import('@peerpath/web/cohorts/cohort.page').then((m) => m.CohortPage),
  },
  {
    path: ':cohortId/sessions/new',
    title: 'Schedule a session',
    loadComponent: () => import('@peerpath/web/cohorts/schedule-session.page').then((m) => m.ScheduleSessionPage),
  },
  {
    path: ':cohortId/sessions/series',
    title: 'Schedule a series of sessions',
    loadComponent: () => import('@peerpath/web/cohorts/schedule-series.page').then((m) => m.ScheduleSeriesPage),
  },
  {
    path: ':cohortId/sessions/:sessionId/register',
    title: 'Attendance register',
    loadComponent: () => import('@peerpath/web/cohorts/register.page').then((m) => m.RegisterPage),
  },
  {
    path: ':cohortId/sessions/:sessionId/blank-register',
    title: 'Paper attendance register',
    loadComponent: () => import('@peerpath/web/cohorts/blank-register.page').then((m) => m.BlankRegisterPage),
  },
  {
    path: ':cohortId/modules/:moduleId/assess',
    title: 'Assessment',
    loadComponent: () => import('@peerpath/web/cohorts/assess.page').then((m) => m.AssessPage),
  },
  {
    path: ':cohortId/buddies/:buddyId/modules/:moduleId/history',
    title: 'Decision history',
    loadComponent: () => import('@peerpath/web/cohorts/decision-history.page').then((m) => m.DecisionHistoryPage),
  },
  {
    path: ':cohortId/enrol',
    title: 'Enrol a buddy',
    loadComponent: () => import('@peerpath/web/cohorts/enrol.page').then((m) => m.EnrolPage),
  },
  {
    path: ':cohortId/enrol-many',
    title: 'Enrol several buddies',
    loadComponent: () => import('@peerpath/web/cohorts/bulk-enrol.page').then((m) => m.BulkEnrolPage),
  },
  {
    path: ':cohortId/enrolments/:enrolmentId/withdraw',
    title: 'Withdraw a buddy',
    loadComponent: () => import('@peerpath/web/cohorts/withdraw.page').then((m) => m.WithdrawPage),
  },
];

import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { canActAtPrison, PERMISSIONS } from '@peerpath/domain';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { cohortResource, progressResource } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName, COHORT_STATUS_TAGS } from '@peerpath/web/cohorts/cohort-labels';
import { Flash } from '@peerpath/web/govuk/flash';
import { ProgressMatrixTable } from '@peerpath/web/cohorts/progress-matrix';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { formatDate, todayIso } from '@peerpath/web/govuk/dates';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';

/** /cohorts/:cohortId: the cohort's details, its progress matrix, sessions and enrolled buddies. */
@Component({
  selector: 'pp-cohort-page',
  imports: [RouterLink, ProgressMatrixTable, SuccessBanner],
  templateUrl: './cohort.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortPage {
  private readonly title = inject(Title);
  private readonly auth = inject(AuthService);

  readonly cohortId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  protected readonly progress = progressResource(() => this.cohortId());
  /** Set by the page that sent us here (e.g. after saving a register); shown once. */
  protected readonly banner = inject(Flash).take();
  protected readonly statusTags = COHORT_STATUS_TAGS;
  protected readonly formatDate = formatDate;
  /** The API takes a register on the day of the session or after (the same UTC day it counts). */
  protected readonly today = todayIso();
  protected readonly buddyName = buddyName;

  protected readonly trainers = computed(() => this.staffNamed('trainer'));
  protected readonly assessors = computed(() => this.staffNamed('assessor'));
  /** Trainers and coordinators at the cohort's prison raise concerns about the buddies they train. */
  protected readonly mayRaiseConcern = computed(() => {
    const cohort = valueOf(this.cohort);
    return !!cohort && canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.runSessions, { code: cohort.prisonCode, clusterCode: '' });
  });
  /** Auditors and admins follow the cohort's changes in the audit trail. */
  protected readonly mayReadAuditTrail = computed(() => mayOpen('auditTrail', this.auth.roles()));
  /** The action column holds "Withdraw" and "Raise a concern" links. */
  protected readonly showActions = computed(() => !!valueOf(this.cohort)?.permissions.enrol || this.mayRaiseConcern());
  protected readonly activeCount = computed(() => valueOf(this.cohort)?.enrolments.filter((e) => e.status === 'active').length ?? 0);

  constructor() {
    effect(() => {
      const cohort = valueOf(this.cohort);
      if (cohort) this.title.setTitle(`${cohort.name} – ${SERVICE_NAME}`);
    });
  }

  private staffNamed(role: 'trainer' | 'assessor'): string {
    const names = valueOf(this.cohort)?.staff.filter((s) => s.role === role).map((s) => s.displayName) ?? [];
    return names.join(', ');
  }
}

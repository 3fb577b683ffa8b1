import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { cohortsResource } from '@peerpath/web/cohorts/cohorts.api';
import { COHORT_STATUS_TAGS, cohortsLabel, mayCreateCohorts, seesOnlyOwnCohorts } from '@peerpath/web/cohorts/cohort-labels';
import { formatDate } from '@peerpath/web/govuk/dates';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/** /cohorts: "My cohorts" for a trainer, every cohort in scope for coordinators, auditors and admins. */
@Component({
  selector: 'pp-cohort-list-page',
  imports: [RouterLink, Select],
  templateUrl: './cohort-list.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortListPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** ?prison=EXI narrows the list (bound from the query string). */
  readonly prison = input<string | undefined>(undefined);

  protected readonly heading = computed(() => cohortsLabel(this.auth.roles()));
  protected readonly ownOnly = computed(() => seesOnlyOwnCohorts(this.auth.roles()));
  protected readonly mayCreate = computed(() => mayCreateCohorts(this.auth.roles()));
  /** Trainers see only cohorts they deliver, so a prison filter would say nothing to them. */
  protected readonly mayFilter = computed(() => mayOpen('prisons', this.auth.roles()));
  protected readonly cohorts = cohortsResource(() => this.prison() || undefined);
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly statusTags = COHORT_STATUS_TAGS;
  protected readonly formatDate = formatDate;

  protected filter(event: Event, prison: string): void {
    event.preventDefault();
    void this.router.navigate([], { queryParams: { prison: prison || null } });
  }
}

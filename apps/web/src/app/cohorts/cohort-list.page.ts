import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { cohortsResource } from '@peerpath/web/cohorts/cohorts.api';
import { cohortFiltersOf, cohortFormParams, cohortListRequest } from '@peerpath/web/cohorts/cohort-list-query';
import { COHORT_STATUS_TAGS, cohortsLabel, mayCreateCohorts, seesOnlyOwnCohorts } from '@peerpath/web/cohorts/cohort-labels';
import { formatDate } from '@peerpath/web/govuk/dates';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { SortableHeader } from '@peerpath/web/govuk/sortable-header';
import { programmesResource } from '@peerpath/web/programmes/programmes.api';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select, type SelectItem } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/**
 * /cohorts: "My cohorts" for a trainer, every cohort in scope for coordinators, auditors and
 * admins; filtered by status, programme and prison, sorted and paged by the server.
 */
@Component({
  selector: 'pp-cohort-list-page',
  imports: [ReactiveFormsModule, RouterLink, Select, Pagination, SortableHeader],
  templateUrl: './cohort-list.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortListPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly prison = input<string>();
  readonly status = input<string>();
  readonly programme = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();

  protected readonly heading = computed(() => cohortsLabel(this.auth.roles()));
  protected readonly ownOnly = computed(() => seesOnlyOwnCohorts(this.auth.roles()));
  protected readonly mayCreate = computed(() => mayCreateCohorts(this.auth.roles()));
  /** Trainers see only cohorts they deliver, so a prison filter would say nothing to them. */
  protected readonly mayFilterByPrison = computed(() => mayOpen('prisons', this.auth.roles()));
  protected readonly filters = computed(() =>
    cohortFiltersOf({ prison: this.prison(), status: this.status(), programme: this.programme(), sort: this.sort(), order: this.order(), page: this.page() }),
  );
  protected readonly sorted = computed(() => ({ sort: this.filters().sort, order: this.filters().order }));
  protected readonly cohorts = cohortsResource(() => cohortListRequest(this.filters()));
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  private readonly programmes = programmesResource();
  protected readonly programmeOptions = computed<SelectItem[]>(() => (valueOf(this.programmes) ?? []).map((p) => ({ value: p.id, text: p.title })));
  protected readonly statusOptions: readonly SelectItem[] = [
    { value: 'current', text: 'Planned or running' },
    { value: 'planned', text: 'Planned' },
    { value: 'running', text: 'Running' },
    { value: 'finished', text: 'Finished' },
  ];
  protected readonly filtered = computed(() => {
    const { prison, status, programme } = this.filters();
    return Boolean(prison || status || programme);
  });
  /** "Showing 1 to 25 of 40 cohorts". */
  protected readonly caption = computed(() => {
    const result = valueOf(this.cohorts);
    if (!result) return '';
    const { from, to } = showingRange(result);
    return `Showing ${from} to ${to} of ${result.total} ${result.total === 1 ? 'cohort' : 'cohorts'}${this.ownOnly() ? ' you deliver' : ''}`;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({ prison: [''], status: [''], programme: [''] });
  protected readonly statusTags = COHORT_STATUS_TAGS;
  protected readonly formatDate = formatDate;

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      const { prison, status, programme } = this.filters();
      this.form.setValue({ prison, status, programme });
    });
  }

  protected applyFilters(): void {
    void this.router.navigate(['/cohorts'], { queryParams: cohortFormParams(this.form.getRawValue()), queryParamsHandling: 'merge' });
  }
}

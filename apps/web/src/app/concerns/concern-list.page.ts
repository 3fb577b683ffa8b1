import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { CONCERN_STATUS_TAGS, concernFiltersOf, concernFormParams, concernListRequest, KIND_TEXT } from '@peerpath/web/concerns/concern-labels';
import { concernsResource } from '@peerpath/web/concerns/concerns.api';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SortableHeader } from '@peerpath/web/govuk/sortable-header';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { SelectItem, Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/**
 * /concerns: safeguarding and boundary concerns in the caller's prisons, open ones first;
 * filtered, sorted and paged by the server, with the state in the address.
 */
@Component({
  selector: 'pp-concern-list-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, Select, Pagination, SortableHeader],
  template: `
    <h1 class="govuk-heading-l">Concerns</h1>
    <p class="govuk-body">
      Safeguarding and boundary concerns about buddies and the people they support. To raise one, open the buddy's record and choose
      "Raise a concern".
    </p>

    <form [formGroup]="form" (ngSubmit)="applyFilters()" role="search" aria-label="Filter the concerns" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <pp-select fieldId="status" label="Status" placeholder="Open and resolved" widthClass="govuk-!-width-full" [items]="statusOptions" formControlName="status" />
        </div>
        <div class="govuk-grid-column-one-third">
          <pp-select fieldId="kind" label="Kind" placeholder="Safeguarding and boundary" widthClass="govuk-!-width-full" [items]="kindOptions" formControlName="kind" />
        </div>
        <div class="govuk-grid-column-one-third">
          <pp-select fieldId="prison" label="Prison" placeholder="All your prisons" widthClass="govuk-!-width-full" [items]="prisonOptions()" formControlName="prison" />
        </div>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Apply filters</button>
        @if (filtered()) {
          <a class="govuk-link" routerLink="/concerns">Clear filters</a>
        }
      </div>
    </form>

    @if (concerns.error()) {
      <p class="govuk-body">Sorry, concerns cannot be shown right now. Try again later.</p>
    } @else if (concerns.value(); as result) {
      @if (result.total === 0) {
        <p class="govuk-body" data-testid="concerns-empty">No concerns match these filters.</p>
      } @else {
        <div class="pp-scroll-region" role="region" aria-labelledby="concerns-caption" tabindex="0">
          <table class="govuk-table" data-testid="concerns">
            <caption class="govuk-table__caption govuk-table__caption--s" id="concerns-caption">{{ caption() }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th ppSortable="subject" [sorted]="sorted()">About</th>
                <th ppSortable="kind" [sorted]="sorted()">Kind</th>
                <th ppSortable="raisedAt" [sorted]="sorted()" firstOrder="desc">Raised</th>
                <th scope="col" class="govuk-table__header">Prison</th>
                <th ppSortable="status" [sorted]="sorted()">Status</th>
                <th ppSortable="reviewedAt" [sorted]="sorted()" firstOrder="desc">Reviewed</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (concern of result.items; track concern.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/concerns', concern.id]">{{ concern.subjectName }}</a>
                    <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      {{ concern.subject === 'buddy' ? 'Buddy' : 'Person supported' }}, {{ concern.subjectPrisonNumber }}
                    </span>
                  </td>
                  <td class="govuk-table__cell">{{ kinds[concern.kind] }}</td>
                  <td class="govuk-table__cell">{{ concern.raisedAt | ppDate }}</td>
                  <td class="govuk-table__cell">{{ concern.prisonCode }}</td>
                  <td class="govuk-table__cell">
                    <strong class="govuk-tag" [class]="statusTags[concern.status].colour">{{ statusTags[concern.status].text }}</strong>
                  </td>
                  <td class="govuk-table__cell">
                    @if (concern.reviewedAt) {
                      {{ concern.reviewedAt | ppDate }}
                    } @else {
                      <span class="govuk-visually-hidden">Not yet</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" label="Pages of concerns" />
      }
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernListPage {
  /** Query parameters, bound by the router. */
  readonly status = input<string>();
  readonly kind = input<string>();
  readonly prison = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  protected readonly filters = computed(() =>
    concernFiltersOf({ status: this.status(), kind: this.kind(), prison: this.prison(), sort: this.sort(), order: this.order(), page: this.page() }),
  );
  protected readonly sorted = computed(() => ({ sort: this.filters().sort, order: this.filters().order }));
  private readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly statusOptions: readonly SelectItem[] = [
    { value: 'open', text: 'Open' },
    { value: 'resolved', text: 'Resolved' },
  ];
  protected readonly kindOptions: readonly SelectItem[] = [
    { value: 'safeguarding', text: KIND_TEXT.safeguarding },
    { value: 'boundary', text: KIND_TEXT.boundary },
  ];
  protected readonly concerns = concernsResource(computed(() => concernListRequest(this.filters())));
  protected readonly filtered = computed(() => {
    const { status, kind, prison } = this.filters();
    return Boolean(status || kind || prison);
  });
  /** "Showing 1 to 25 of 40 concerns". */
  protected readonly caption = computed(() => {
    const result = valueOf(this.concerns);
    if (!result) return '';
    const { from, to } = showingRange(result);
    return `Showing ${from} to ${to} of ${result.total} ${result.total === 1 ? 'concern' : 'concerns'}`;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({ status: [''], kind: [''], prison: [''] });
  protected readonly kinds = KIND_TEXT;
  protected readonly statusTags = CONCERN_STATUS_TAGS;

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      const { status, kind, prison } = this.filters();
      this.form.setValue({ status, kind, prison });
    });
  }

  protected applyFilters(): void {
    void this.router.navigate(['/concerns'], { queryParams: concernFormParams(this.form.getRawValue()), queryParamsHandling: 'merge' });
  }
}

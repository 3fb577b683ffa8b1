import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CONCERN_STATUS_TAGS, concernFiltersOf, KIND_TEXT, sortConcerns } from '@peerpath/web/concerns/concern-labels';
import { concernsResource } from '@peerpath/web/concerns/concerns.api';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { SelectItem, Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/** /concerns: safeguarding and boundary concerns in the caller's prisons, open ones first. */
@Component({
  selector: 'pp-concern-list-page',
  imports: [RouterLink, DatePipe, Select],
  template: `
    <h1 class="govuk-heading-l">Concerns</h1>
    <p class="govuk-body">
      Safeguarding and boundary concerns about buddies and the people they support. To raise one, open the buddy's record and choose
      "Raise a concern".
    </p>

    <form class="govuk-!-margin-bottom-6" (submit)="$event.preventDefault(); filter(statusSelect.value(), prisonSelect.value())" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <pp-select #statusSelect fieldId="status" label="Status" placeholder="Open and resolved" [items]="statusOptions" [value]="filters().status ?? ''" />
        </div>
        <div class="govuk-grid-column-one-third">
          <pp-select #prisonSelect fieldId="prison" label="Prison" placeholder="All your prisons" [items]="prisonOptions()" [value]="filters().prison ?? ''" />
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Apply filters</button>
    </form>

    @if (concerns.error()) {
      <p class="govuk-body">Sorry, concerns cannot be shown right now. Try again later.</p>
    } @else if (concerns.hasValue()) {
      @if (sorted().length === 0) {
        <p class="govuk-body" data-testid="concerns-empty">No concerns match these filters.</p>
      } @else {
        <div class="pp-scroll-region" role="region" aria-label="Concerns" tabindex="0">
        <table class="govuk-table" data-testid="concerns">
          <caption class="govuk-table__caption govuk-table__caption--s">Concerns, open first</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">About</th>
              <th scope="col" class="govuk-table__header">Kind</th>
              <th scope="col" class="govuk-table__header">Raised</th>
              <th scope="col" class="govuk-table__header">Prison</th>
              <th scope="col" class="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (concern of sorted(); track concern.id) {
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
              </tr>
            }
          </tbody>
        </table>
        </div>
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
  readonly prison = input<string>();

  private readonly router = inject(Router);
  protected readonly filters = computed(() => concernFiltersOf({ status: this.status(), prison: this.prison() }));
  private readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(this.prisons.hasValue() ? this.prisons.value() : []));
  protected readonly statusOptions: readonly SelectItem[] = [
    { value: 'open', text: 'Open' },
    { value: 'resolved', text: 'Resolved' },
  ];
  protected readonly concerns = concernsResource(this.filters);
  protected readonly sorted = computed(() => sortConcerns(this.concerns.hasValue() ? this.concerns.value() : []));
  protected readonly kinds = KIND_TEXT;
  protected readonly statusTags = CONCERN_STATUS_TAGS;

  protected filter(status: string, prison: string): void {
    void this.router.navigate(['/concerns'], { queryParams: { status: status || null, prison: prison || null } });
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AttentionListKey } from '@peerpath/contracts';
import { ATTENTION_LISTS, isAttentionListKey } from '@peerpath/domain';
import { attentionCsvUrl, attentionListResource } from '@peerpath/web/attention/attention.api';
import { formatDate } from '@peerpath/web/govuk/dates';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';

/** One attention list, paged, each row linking to where it is dealt with. */
@Component({
  selector: 'pp-attention-list-page',
  imports: [RouterLink, Pagination],
  template: `
    <a class="govuk-back-link" routerLink="/">Home</a>
    <h1 class="govuk-heading-l">{{ title() }}</h1>
    @if (list.error()) {
      <p class="govuk-body">Sorry, this list cannot be shown right now. Try again later.</p>
    } @else if (list.value(); as result) {
      @if (result.total === 0) {
        <p class="govuk-body" data-testid="attention-empty">Nobody is on this list today.</p>
      } @else {
        <p class="govuk-body">Showing {{ range().from }} to {{ range().to }} of {{ result.total }}.</p>
        <div class="pp-scroll-region" role="region" [attr.aria-label]="title()" tabindex="0">
          <table class="govuk-table" data-testid="attention-list">
            <caption class="govuk-table__caption govuk-visually-hidden">{{ title() }}: {{ range().from }} to {{ range().to }} of {{ result.total }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{{ who() }}</th>
                <th scope="col" class="govuk-table__header">Prison</th>
                <th scope="col" class="govuk-table__header">What needs doing</th>
                <th scope="col" class="govuk-table__header">Date</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (item of result.items; track item.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    {{ item.name }}
                    @if (item.prisonNumber) {
                      <span class="govuk-!-display-block govuk-hint govuk-!-margin-bottom-0">{{ item.prisonNumber }}</span>
                    }
                  </td>
                  <td class="govuk-table__cell">{{ item.prisonCode }}</td>
                  <td class="govuk-table__cell">{{ item.what }}</td>
                  <td class="govuk-table__cell">{{ item.date ? date(item.date) : '' }}</td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="item.href">{{ item.action }}<span class="govuk-visually-hidden"> for {{ item.name }}</span></a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" [label]="'Pages of ' + title()" />
      }
      <p class="govuk-body"><a class="govuk-link" [href]="csvUrl()" download>Download CSV<span class="govuk-visually-hidden">: {{ title() }}</span></a></p>
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttentionListPage {
  /** Route and query parameters, bound by the router. */
  readonly listKey = input.required<string>();
  readonly page = input<string>();

  // An unknown key still asks, and the API's 404 shows as the error message.
  protected readonly key = computed(() => this.listKey() as AttentionListKey);
  protected readonly title = computed(() => (isAttentionListKey(this.listKey()) ? ATTENTION_LISTS[this.listKey() as AttentionListKey].title : 'Needs attention'));
  protected readonly who = computed(() => (['sessions-today', 'registers-not-taken'].includes(this.key()) ? 'Cohort' : 'Name'));
  private readonly pageNumber = computed(() => {
    const page = Number.parseInt(this.page() ?? '1', 10);
    return Number.isInteger(page) && page > 0 ? page : 1;
  });
  protected readonly list = attentionListResource(this.key, this.pageNumber);
  protected readonly range = computed(() => {
    const value = this.list.value();
    return value ? showingRange(value) : { from: 0, to: 0 };
  });
  protected readonly csvUrl = computed(() => attentionCsvUrl(this.key()));
  protected readonly date = formatDate;
}

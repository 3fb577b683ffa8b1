import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export type PageItem = { kind: 'page'; number: number; current: boolean } | { kind: 'ellipsis' };

/**
 * GOV.UK pagination: always the first and last pages, the current one and its neighbours,
 * and an ellipsis for each gap of more than one page.
 */
export function pageItems(current: number, totalPages: number): PageItem[] {
  if (totalPages <= 1) return [];
  const shown = new Set([1, totalPages, current - 1, current, current + 1].filter((n) => n >= 1 && n <= totalPages));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  numbers.forEach((number, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && number - previous === 2) items.push({ kind: 'page', number: number - 1, current: false });
    else if (previous !== undefined && number - previous > 2) items.push({ kind: 'ellipsis' });
    items.push({ kind: 'page', number, current: number === current });
  });
  return items;
}

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "Showing 1 to 25 of 312": the rows on this page, counted from 1; 0 to 0 when there are none. */
export function showingRange(page: { page: number; pageSize: number; total: number; items: readonly unknown[] }): { from: number; to: number } {
  const before = (page.page - 1) * page.pageSize;
  return page.items.length === 0 ? { from: 0, to: 0 } : { from: before + 1, to: before + page.items.length };
}

/**
 * The GOV.UK pagination component for a list whose page is in the address (`?page=`): each
 * link keeps the other query parameters, so filters and sort survive paging. A second list on
 * the same page names its own parameter (`param="overduePage"`), so each keeps its place.
 * `<pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" label="Pages of allocations" />`
 */
@Component({
  selector: 'pp-pagination',
  imports: [RouterLink],
  template: `
    @if (last() > 1) {
      <nav class="govuk-pagination" [attr.aria-label]="label()">
        @if (page() > 1) {
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" [routerLink]="[]" [queryParams]="to(page() - 1)" queryParamsHandling="merge" rel="prev">
              <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
              </svg>
              <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
            </a>
          </div>
        }
        <ul class="govuk-pagination__list">
          @for (item of items(); track $index) {
            @if (item.kind === 'page') {
              <li class="govuk-pagination__item" [class.govuk-pagination__item--current]="item.current">
                <a
                  class="govuk-link govuk-pagination__link"
                  [routerLink]="[]"
                  [queryParams]="to(item.number)"
                  queryParamsHandling="merge"
                  [attr.aria-label]="'Page ' + item.number"
                  [attr.aria-current]="item.current ? 'page' : null"
                  >{{ item.number }}</a
                >
              </li>
            } @else {
              <li class="govuk-pagination__item govuk-pagination__item--ellipsis">&ctdot;</li>
            }
          }
        </ul>
        @if (page() < last()) {
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" [routerLink]="[]" [queryParams]="to(page() + 1)" queryParamsHandling="merge" rel="next">
              <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
              <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
              </svg>
            </a>
          </div>
        }
      </nav>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** The navigation landmark's name, e.g. "Pages of allocations". */
  readonly label = input.required<string>();
  /** The query parameter holding this list's page. */
  readonly param = input('page');

  protected readonly last = computed(() => totalPages(this.total(), this.pageSize()));
  protected readonly items = computed(() => pageItems(this.page(), this.last()));

  protected to(page: number): Record<string, number> {
    return { [this.param()]: page };
  }
}

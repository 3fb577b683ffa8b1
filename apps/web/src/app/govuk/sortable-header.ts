import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SortOrder } from '@peerpath/contracts';

/** What a header says to assistive technology: the column the list is sorted on, and which way. */
export function ariaSortOf(column: string, sort: { sort: string; order: SortOrder }): 'ascending' | 'descending' | 'none' {
  if (sort.sort !== column) return 'none';
  return sort.order === 'asc' ? 'ascending' : 'descending';
}

/** The order a header's link asks for: the other way if the list is sorted on it already, else its first order. */
export function nextOrderOf(column: string, sort: { sort: string; order: SortOrder }, first: SortOrder): SortOrder {
  if (sort.sort !== column) return first;
  return sort.order === 'asc' ? 'desc' : 'asc';
}

/**
 * A sortable column header, as the MOJ sortable table: `aria-sort` on the header and the
 * control inside it. The sort is done by the server, so the control is a link that puts
 * `sort` and `order` in the address (back to page 1), and back and refresh keep it.
 * `<th ppSortable="hours" [sorted]="sort()">Hours a week</th>`
 */
@Component({
  // It must be the table's own th (a wrapper element would break the table's semantics).
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'th[ppSortable]',
  imports: [RouterLink],
  host: {
    scope: 'col',
    class: 'govuk-table__header',
    '[attr.aria-sort]': 'ariaSort()',
  },
  template: `
    <a class="govuk-link pp-sort-link" [routerLink]="[]" [queryParams]="{ sort: ppSortable(), order: next(), page: null }" queryParamsHandling="merge">
      <ng-content />
      <svg class="pp-sort-icon" xmlns="http://www.w3.org/2000/svg" width="13" height="17" viewBox="0 0 13 17" aria-hidden="true" focusable="false">
        @switch (ariaSort()) {
          @case ('ascending') {
            <polygon points="6.5 0 0 6.5 13 6.5 6.5 0" fill="currentColor" />
          }
          @case ('descending') {
            <polygon points="6.5 17 0 10.5 13 10.5 6.5 17" fill="currentColor" />
          }
          @default {
            <polygon points="6.5 0 0 6.5 13 6.5 6.5 0" fill="currentColor" />
            <polygon points="6.5 17 0 10.5 13 10.5 6.5 17" fill="currentColor" />
          }
        }
      </svg>
    </a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SortableHeader {
  /** The column's key in the API's `sort`. */
  readonly ppSortable = input.required<string>();
  /** How the list is sorted now (the default when the address says nothing). */
  readonly sorted = input.required<{ sort: string; order: SortOrder }>();
  /** The order a first click asks for: ascending unless newest or most first is what people want. */
  readonly firstOrder = input<SortOrder>('asc');

  protected readonly ariaSort = computed(() => ariaSortOf(this.ppSortable(), this.sorted()));
  protected readonly next = computed(() => nextOrderOf(this.ppSortable(), this.sorted(), this.firstOrder()));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MonitoringCell, MonitoringColumn, MonitoringTable, SortOrder } from '@peerpath/contracts';
import { SortableHeader } from '@peerpath/web/govuk/sortable-header';
import { formatCell } from '@peerpath/web/monitoring/monitoring-format';

export interface TableSort {
  sort: string;
  order: SortOrder;
}

/** Compares two cells: numbers as numbers, text alphabetically; an empty cell goes last whichever way. */
function compareCells(a: MonitoringCell, b: MonitoringCell, order: SortOrder): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const direction = order === 'asc' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * direction;
  return String(a).localeCompare(String(b), 'en-GB', { numeric: true }) * direction;
}

/** The rows in the order asked for; a column the table does not have leaves them as they came. */
export function sortRows(table: Pick<MonitoringTable, 'columns' | 'rows'>, sort: TableSort): MonitoringTable['rows'] {
  if (!table.columns.some((column) => column.key === sort.sort)) return table.rows;
  return [...table.rows].sort((a, b) => compareCells(a[sort.sort] ?? null, b[sort.sort] ?? null, sort.order));
}

/** How a table is sorted: as the address says when it names one of its columns, else by its first column. */
export function tableSortOf(table: Pick<MonitoringTable, 'columns'>, sort?: string | null, order?: string | null): TableSort {
  const column = table.columns.find((c) => c.key === sort) ?? table.columns[0];
  return { sort: column?.key ?? '', order: order === 'desc' && column?.key === sort ? 'desc' : 'asc' };
}

/**
 * One monitoring table, numbers right-aligned and written by their unit, in its own scroll
 * region. The first column names the row (a stage, a month, a prison). With `sorted`, every
 * header sorts the rows here in the browser (the MOJ sortable table; `sort` and `order` live
 * in the address so back and refresh keep them).
 */
@Component({
  selector: 'pp-monitoring-table',
  imports: [SortableHeader],
  template: `
    <div class="pp-scroll-region" role="region" [attr.aria-label]="table().title" tabindex="0">
      <table class="govuk-table" [attr.data-testid]="'table-' + table().key">
        <caption class="govuk-table__caption govuk-visually-hidden">{{ table().title }}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            @for (column of table().columns; track column.key) {
              @if (sorted(); as sort) {
                <th [ppSortable]="column.key" [sorted]="sort" [firstOrder]="column.unit ? 'desc' : 'asc'" [class.govuk-table__header--numeric]="!!column.unit">
                  {{ column.label }}
                </th>
              } @else {
                <th scope="col" class="govuk-table__header" [class.govuk-table__header--numeric]="!!column.unit">{{ column.label }}</th>
              }
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track $index) {
            <tr class="govuk-table__row">
              @for (column of table().columns; track column.key; let first = $first) {
                @if (first && !column.unit) {
                  <th scope="row" class="govuk-table__header">{{ cell(row, column) }}</th>
                } @else {
                  <td class="govuk-table__cell" [class.govuk-table__cell--numeric]="!!column.unit">{{ cell(row, column) }}</td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringTableView {
  readonly table = input.required<MonitoringTable>();
  /** Set for a sortable table: how it is sorted now. */
  readonly sorted = input<TableSort>();

  protected readonly rows = computed(() => {
    const sort = this.sorted();
    return sort ? sortRows(this.table(), sort) : this.table().rows;
  });

  protected cell(row: Record<string, MonitoringCell>, column: MonitoringColumn): string {
    return formatCell(row[column.key] ?? null, column.unit);
  }
}

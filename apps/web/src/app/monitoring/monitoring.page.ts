import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { MonitoringDashboard, MonitoringFigure } from '@peerpath/contracts';
import { formatDate } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { ErrorSummary, focusElement } from '@peerpath/web/govuk/error-summary';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import { MonitoringChartView } from '@peerpath/web/monitoring/monitoring-chart';
import { asAtOf, captionOf, changeInWords, formatValue } from '@peerpath/web/monitoring/monitoring-format';
import { MonitoringTableView, tableSortOf } from '@peerpath/web/monitoring/monitoring-table';
import { monitoringQueryOf, monitoringResource, summaryPdfUrl, tableCsvUrl } from '@peerpath/web/monitoring/monitoring.api';

export const COMPARISON_ID = 'prisons-compared';

/**
 * /monitoring: how the scheme is doing in a prison, a cluster or the nation over a period,
 * against the period before. Scope and period live in the address (a GET form), so a view can
 * be bookmarked and shared; every table downloads as CSV and the whole as a one-page PDF.
 */
@Component({
  selector: 'pp-monitoring-page',
  imports: [ErrorSummary, MonitoringChartView, MonitoringTableView, RouterLink],
  templateUrl: './monitoring.page.html',
  styles: `
    .pp-figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
      gap: 20px;
      margin: 0 0 30px;
      padding: 0;
      list-style: none;
    }
    .pp-figure {
      padding: 15px;
      border-left: 5px solid #1d70b8;
      background: #f3f2f1;
      overflow-wrap: anywhere;
    }
    .pp-figure__value {
      font-size: 2.25rem;
      font-weight: bold;
      line-height: 1.1;
    }
    .pp-monitoring-filter__dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 30px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringPage {
  /** Query parameters, bound by the router. */
  readonly scope = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();

  private readonly router = inject(Router);
  protected readonly comparisonId = COMPARISON_ID;
  protected readonly query = computed(() => monitoringQueryOf(this.scope(), this.from(), this.to()));
  protected readonly dashboard = monitoringResource(this.query);
  protected readonly errors = signal<SummaryError[]>([]);

  /** What the API said was wrong with the address (a date that is not one, a scope not yours). */
  protected readonly refusal = computed(() => {
    const error = this.dashboard.error();
    if (!error) return null;
    const body = apiErrorOf(error);
    return body && 'status' in error && (error.status === 400 || error.status === 403 || error.status === 404) ? body.message : null;
  });

  protected readonly pdfUrl = computed(() => summaryPdfUrl(this.query()));
  protected readonly comparisonSort = computed(() => (this.dashboard.hasValue() ? tableSortOf(this.dashboard.value().comparison, this.sort(), this.order()) : undefined));

  protected caption(d: MonitoringDashboard): string {
    return captionOf(d.scope.label, d.period);
  }

  protected asAt(d: MonitoringDashboard): string | undefined {
    return asAtOf(d.asOf, d.refreshMinutes);
  }

  protected date(iso: string): string {
    return formatDate(iso);
  }

  protected csvUrl(tableKey: string): string {
    return tableCsvUrl(tableKey, this.query());
  }

  protected value(figure: MonitoringFigure): string {
    return formatValue(figure.value, figure.unit);
  }

  protected change(figure: MonitoringFigure): string {
    const words = changeInWords(figure);
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** In-page links move focus (with <base href="/"> a bare "#id" would leave the page). */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    focusElement(id);
    document.getElementById(id)?.scrollIntoView();
  }

  /** The form, as a GET: the choice goes into the address, which loads the dashboard. */
  protected update(event: Event, scope: string, from: string, to: string): void {
    event.preventDefault();
    if (from && to && from > to) {
      this.errors.set([{ field: 'from', text: 'The start date must be the same as or before the end date' }]);
      return;
    }
    this.errors.set([]);
    void this.router.navigate(['/monitoring'], { queryParams: { scope: scope || null, from: from || null, to: to || null } });
  }
}

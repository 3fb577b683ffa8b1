import { ChangeDetectionStrategy, Component, computed, inject, input, type Resource } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Page, SupervisionDueItem } from '@peerpath/contracts';
import { plural } from '@peerpath/web/govuk/plural';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { dueListRequest, prisonFilterOf } from '@peerpath/web/supervision/due-lists';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { pageOf } from '@peerpath/web/platform/list-query';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { supervisionDueResource } from '@peerpath/web/supervision/supervision.api';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';

/** One of the two lists, as a table linking to each buddy. */
@Component({
  selector: 'pp-due-table',
  imports: [RouterLink, DatePipe],
  template: `
      <div class="pp-scroll-region" role="region" [attr.aria-label]="caption()" tabindex="0">
        <table class="govuk-table" [attr.data-testid]="testId()">
          <caption class="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{{ caption() }}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Buddy</th>
              <th scope="col" class="govuk-table__header">Prison number</th>
              <th scope="col" class="govuk-table__header">Prison</th>
              <th scope="col" class="govuk-table__header">Last supervision</th>
              <th scope="col" class="govuk-table__header">Due by</th>
              @if (mayRecord()) {
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
              }
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (item of items(); track item.buddyId) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/buddies', item.buddyId]">{{ item.firstName }} {{ item.lastName }}</a></td>
                <td class="govuk-table__cell">{{ item.prisonNumber }}</td>
                <td class="govuk-table__cell">{{ item.prisonCode }}</td>
                <td class="govuk-table__cell">{{ item.status.lastSupervisedOn ? (item.status.lastSupervisedOn | ppDate) : 'None yet' }}</td>
                <td class="govuk-table__cell">
                  <span class="govuk-!-display-block">{{ item.status.nextDueOn | ppDate }}</span>
                  @if (item.status.state === 'overdue') {
                    <strong class="govuk-tag govuk-tag--red">Overdue by {{ days(item.status.daysOverdue) }}</strong>
                  }
                </td>
                @if (mayRecord()) {
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/buddies', item.buddyId, 'supervision', 'new']"
                      >Record supervision<span class="govuk-visually-hidden"> for {{ item.firstName }} {{ item.lastName }}</span></a
                    >
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueTable {
  readonly items = input.required<readonly SupervisionDueItem[]>();
  readonly testId = input.required<string>();
  readonly caption = input.required<string>();
  /** Coordinators record supervision; auditors and admins only read the lists. */
  readonly mayRecord = input(false);

  protected days(count: number): string {
    return plural(count, 'day');
  }
}

/** /supervision: who is overdue for one-to-one supervision, and who is due this week, each list paged. */
@Component({
  selector: 'pp-supervision-due-page',
  imports: [DueTable, Select, Pagination],
  template: `
    <h1 class="govuk-heading-l">Supervision due</h1>
    <p class="govuk-body">Buddies are supervised one to one at least once during training and then at the interval each prison sets.</p>

    <form class="govuk-!-margin-bottom-6" (submit)="$event.preventDefault(); filter(prisonSelect.value())" novalidate>
      <pp-select #prisonSelect fieldId="prison" label="Prison" placeholder="All your prisons" [items]="prisonOptions()" [value]="selected() ?? ''" />
      <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Show</button>
    </form>

    <h2 class="govuk-heading-m" id="overdue-heading">Overdue{{ count(overdue) }}</h2>
    @if (overdue.error()) {
      <p class="govuk-body">Sorry, supervision cannot be shown right now. Try again later.</p>
    } @else if (overdue.value(); as result) {
      @if (result.total === 0) {
        <p class="govuk-body" data-testid="overdue-empty">Nobody is overdue.</p>
      } @else {
        <pp-due-table [items]="result.items" testId="overdue" [caption]="caption('Overdue for supervision, most overdue first', result)" [mayRecord]="mayRecord()" />
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" param="overduePage" label="Pages of buddies overdue for supervision" />
      }
    } @else {
      <p class="govuk-body">Loading…</p>
    }

    <h2 class="govuk-heading-m" id="due-soon-heading">Due this week{{ count(dueSoon) }}</h2>
    @if (dueSoon.error()) {
      <p class="govuk-body">Sorry, supervision cannot be shown right now. Try again later.</p>
    } @else if (dueSoon.value(); as result) {
      @if (result.total === 0) {
        <p class="govuk-body" data-testid="due-soon-empty">Nobody else is due this week.</p>
      } @else {
        <pp-due-table [items]="result.items" testId="due-soon" [caption]="caption('Due for supervision in the next 7 days', result)" [mayRecord]="mayRecord()" />
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" param="dueSoonPage" label="Pages of buddies due supervision this week" />
      }
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionDuePage {
  /** Query parameters, bound by the router: the prison, and each list's page. */
  readonly prison = input<string>();
  readonly overduePage = input<string>();
  readonly dueSoonPage = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly mayRecord = computed(() => mayOpen('buddyRecords', this.auth.roles()));
  protected readonly selected = computed(() => prisonFilterOf(this.prison()));
  private readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(this.prisons.hasValue() ? this.prisons.value() : []));
  protected readonly overdue = supervisionDueResource(computed(() => dueListRequest(this.selected(), 'overdue', pageOf(this.overduePage()))));
  protected readonly dueSoon = supervisionDueResource(computed(() => dueListRequest(this.selected(), 'due_soon', pageOf(this.dueSoonPage()))));

  /** " (12)" once the list has loaded. */
  protected count(list: Resource<Page<SupervisionDueItem> | undefined>): string {
    const result = valueOf(list);
    return result ? ` (${result.total})` : '';
  }

  /** The table's caption, with which rows of how many when there is more than one page. */
  protected caption(what: string, result: Page<SupervisionDueItem>): string {
    if (result.total <= result.pageSize) return what;
    const { from, to } = showingRange(result);
    return `${what}: ${from} to ${to} of ${result.total}`;
  }

  /** A new prison starts both lists again from their first page. */
  protected filter(code: string): void {
    void this.router.navigate(['/supervision'], { queryParams: { prison: code || null } });
  }
}

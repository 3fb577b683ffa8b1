import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AllocationView } from '@peerpath/contracts';
import { canActAtPrison, holdsRole, PERMISSIONS } from '@peerpath/domain';
import { allocationsNeedingAttentionResource, allocationsResource } from '@peerpath/web/allocation/allocation.api';
import { certificateProblem, hoursText, tasksText } from '@peerpath/web/allocation/allocation-labels';
import { allocationFiltersOf, allocationFormParams, allocationListRequest } from '@peerpath/web/allocation/list-queries';
import { pageOf } from '@peerpath/web/platform/list-query';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { Flash } from '@peerpath/web/govuk/flash';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { SortableHeader } from '@peerpath/web/govuk/sortable-header';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select, type SelectItem } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/**
 * Who supports whom. Allocations whose buddy no longer holds a valid certificate come first:
 * the buddy should not be working until the coordinator has dealt with it. Then every
 * allocation, active ones by default, paged and sorted by the server; the filters and sort
 * live in the address, so Back and refresh keep them.
 */
@Component({
  selector: 'pp-allocations-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, Pagination, SortableHeader, SuccessBanner, Select],
  templateUrl: './allocations.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllocationsPage {
  /** Query parameters, bound by the router. */
  readonly prison = input<string>();
  readonly status = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();
  /** The page of allocations needing attention, kept apart from the main list's. */
  readonly attentionPage = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly banner = inject(Flash).take();

  protected readonly filters = computed(() =>
    allocationFiltersOf({ prison: this.prison(), status: this.status(), sort: this.sort(), order: this.order(), page: this.page() }),
  );
  protected readonly sorted = computed(() => ({ sort: this.filters().sort, order: this.filters().order }));
  private readonly prisonCode = computed(() => this.filters().prison);
  protected readonly allocations = allocationsResource(computed(() => allocationListRequest(this.filters())));
  protected readonly needingAttention = allocationsNeedingAttentionResource(this.prisonCode, computed(() => pageOf(this.attentionPage())));
  /** "Showing 1 to 25 of 312 active allocations". */
  protected readonly caption = computed(() => {
    const result = valueOf(this.allocations);
    if (!result) return '';
    const { from, to } = showingRange(result);
    const kind = { active: 'active ', ended: 'ended ', all: '' }[this.filters().status];
    return `Showing ${from} to ${to} of ${result.total} ${kind}${result.total === 1 ? 'allocation' : 'allocations'}`;
  });
  /** "Showing 1 to 25 of 40 allocations whose buddy has no valid certificate", longest running first. */
  protected readonly attentionCaption = computed(() => {
    const result = valueOf(this.needingAttention);
    if (!result) return '';
    const { from, to } = showingRange(result);
    const which = result.total === 1 ? 'allocation whose buddy has' : 'allocations whose buddy has';
    return result.total > result.pageSize ? `Showing ${from} to ${to} of ${result.total} ${which} no valid certificate` : `${result.total} ${which} no valid certificate`;
  });
  protected readonly statusOptions: readonly SelectItem[] = [
    { value: 'active', text: 'Active' },
    { value: 'ended', text: 'Ended' },
    { value: 'all', text: 'Active and ended' },
  ];
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly mayChange = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate));
  protected readonly form = inject(NonNullableFormBuilder).group({ prison: [''], status: ['active'] });

  protected readonly certificateProblem = certificateProblem;
  protected readonly tasksText = tasksText;
  protected readonly hoursText = hoursText;
  protected readonly mayEnd = (allocation: AllocationView): boolean => allocation.status === 'active' && this.mayActAt(allocation.prisonCode);

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      const { prison, status } = this.filters();
      this.form.setValue({ prison, status });
    });
  }

  /** Coordinators hold prison scope: they allocate and end allocations only at their own prisons. */
  protected mayActAt(prisonCode: string): boolean {
    return canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, { code: prisonCode, clusterCode: '' });
  }

  protected applyFilters(): void {
    void this.router.navigate(['/allocations'], { queryParams: allocationFormParams(this.form.getRawValue()), queryParamsHandling: 'merge' });
  }
}

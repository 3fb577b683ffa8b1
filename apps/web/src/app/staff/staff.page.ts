import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { StaffListQuery } from '@peerpath/contracts';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { STAFF_PAGE_SIZE, staffAccountsResource } from '@peerpath/web/staff/staff.api';
import { Pagination } from '@peerpath/web/govuk/pagination';
import { StaffTable } from '@peerpath/web/staff/staff-table';

/** Every staff account, active or deactivated, searched and paged like the buddy register. */
@Component({
  selector: 'pp-staff-page',
  imports: [ReactiveFormsModule, RouterLink, StaffTable, TextInput, Pagination],
  template: `
    <h1 class="govuk-heading-l">Staff accounts</h1>
    <a class="govuk-button" data-module="govuk-button" routerLink="/staff/new">Add a staff account</a>

    <p class="govuk-body">
      @if (deactivated()) {
        Showing deactivated accounts. <a class="govuk-link" routerLink="/staff">Show active accounts</a>
      } @else {
        Showing active accounts. <a class="govuk-link" routerLink="/staff" [queryParams]="{ status: 'deactivated' }">Show deactivated accounts</a>
      }
    </p>

    <form [formGroup]="form" (ngSubmit)="applySearch()" novalidate role="search" aria-label="Staff accounts">
      <pp-text-input fieldId="search" label="Search by name or username" type="search" widthClass="govuk-!-width-one-half" formControlName="search" />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Search</button>
    </form>

    @if (staff.error()) {
      <p class="govuk-body">Sorry, staff accounts cannot be shown right now. Try again later.</p>
    } @else if (staff.isLoading()) {
      <p class="govuk-body">Loading staff accounts…</p>
    } @else {
      @let result = staff.value();
      @if (result.total === 0) {
        <p class="govuk-body">No {{ deactivated() ? 'deactivated' : 'active' }} staff accounts{{ query().search ? ' match your search' : '' }}.</p>
      } @else {
        <pp-staff-table [accounts]="result.items" [showStatus]="true" [caption]="caption()" />
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" label="Pages of staff accounts" />
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPage {
  /** Query parameters, bound by the router. */
  readonly search = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  protected readonly deactivated = computed(() => this.status() === 'deactivated');
  protected readonly query = computed<StaffListQuery>(() => {
    const page = Number.parseInt(this.page() ?? '1', 10);
    return {
      ...(this.search()?.trim() ? { search: this.search()?.trim() } : {}),
      ...(this.deactivated() ? { status: 'deactivated' as const } : {}),
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: STAFF_PAGE_SIZE,
    };
  });
  protected readonly staff = staffAccountsResource(this.query);
  protected readonly form = inject(NonNullableFormBuilder).group({ search: [this.search() ?? ''] });
  protected readonly caption = computed(() => {
    const { total, page, pageSize, items } = this.staff.value();
    const from = (page - 1) * pageSize + 1;
    return `${this.deactivated() ? 'Deactivated' : 'Active'} staff accounts: ${from} to ${from + items.length - 1} of ${total}`;
  });

  protected applySearch(): void {
    const search = this.form.getRawValue().search.trim();
    void this.router.navigate(['/staff'], { queryParams: { search: search || null, page: null }, queryParamsHandling: 'merge' });
  }
}

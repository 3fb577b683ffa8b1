import { ChangeDetectionStrategy, Component } from '@angular/core';
import { staffAccountsResource } from '@peerpath/web/staff/staff.api';
import { StaffTable } from '@peerpath/web/staff/staff-table';

@Component({
  selector: 'pp-staff-page',
  imports: [StaffTable],
  template: `
    <h1 class="govuk-heading-l">Staff accounts</h1>
    @if (staff.error()) {
      <p class="govuk-body">Sorry, staff accounts cannot be shown right now. Try again later.</p>
    } @else if (staff.isLoading()) {
      <p class="govuk-body">Loading staff accounts…</p>
    } @else {
      <pp-staff-table [accounts]="staff.value()" caption="Everyone with a staff account" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPage {
  protected readonly staff = staffAccountsResource();
}

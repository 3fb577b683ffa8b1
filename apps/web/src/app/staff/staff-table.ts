import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { StaffAccount } from '@peerpath/contracts';
import { ROLE_LABELS } from '@peerpath/web/auth/role-labels';
import { accountStatuses } from '@peerpath/web/staff/staff-status';

@Component({
  selector: 'pp-staff-table',
  imports: [RouterLink],
  templateUrl: './staff-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffTable {
  readonly accounts = input.required<readonly StaffAccount[]>();
  readonly caption = input('Staff accounts');
  /** Locked, temporary password, deactivated: for the admin's own list. */
  readonly showStatus = input(false);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusOf = accountStatuses;
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StaffAccount } from '@peerpath/contracts';
import { ROLE_LABELS } from '@peerpath/web/auth/role-labels';

@Component({
  selector: 'pp-staff-table',
  templateUrl: './staff-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffTable {
  readonly accounts = input.required<readonly StaffAccount[]>();
  readonly caption = input('Staff accounts');
  protected readonly roleLabels = ROLE_LABELS;
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PrisonSummary } from '@peerpath/contracts';

@Component({
  selector: 'pp-prisons-table',
  templateUrl: './prisons-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrisonsTable {
  readonly prisons = input.required<readonly PrisonSummary[]>();
  readonly caption = input('Prisons');
}

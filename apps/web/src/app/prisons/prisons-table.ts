import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PrisonSummary } from '@peerpath/contracts';

@Component({
  selector: 'pp-prisons-table',
  imports: [RouterLink],
  templateUrl: './prisons-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrisonsTable {
  readonly prisons = input.required<readonly PrisonSummary[]>();
  readonly caption = input('Prisons');
  /** A link to each prison's scheme policy (supervision interval, hours cap…). */
  readonly policyLinks = input(false);
}

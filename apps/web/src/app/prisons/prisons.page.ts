import { ChangeDetectionStrategy, Component } from '@angular/core';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { PrisonsTable } from '@peerpath/web/prisons/prisons-table';

@Component({
  selector: 'pp-prisons-page',
  imports: [PrisonsTable],
  template: `
    <h1 class="govuk-heading-l">Prisons</h1>
    @if (prisons.error()) {
      <p class="govuk-body">Sorry, prisons cannot be shown right now. Try again later.</p>
    } @else if (prisons.isLoading()) {
      <p class="govuk-body">Loading prisons…</p>
    } @else {
      <pp-prisons-table [prisons]="prisons.value()" caption="Prisons you can see" [policyLinks]="true" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrisonsPage {
  protected readonly prisons = prisonsResource();
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllocationTask, AllocationView } from '@peerpath/contracts';
import { TASK_LABELS } from '@peerpath/domain';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

/** Who the buddy supports, now and before. */
@Component({
  selector: 'pp-allocation-list',
  imports: [DatePipe],
  template: `
    @if (allocations().length === 0) {
      <p class="govuk-body">Not allocated to anyone yet.</p>
    } @else {
      <div class="pp-scroll-region" role="region" aria-label="People this buddy supports" tabindex="0">
        <table class="govuk-table" data-testid="allocations">
          <caption class="govuk-table__caption govuk-table__caption--s">People this buddy supports</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Person supported</th>
              <th scope="col" class="govuk-table__header">Tasks</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours a week</th>
              <th scope="col" class="govuk-table__header">Dates</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (allocation of allocations(); track allocation.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{{ allocation.recipientName }} ({{ allocation.recipientPrisonNumber }})</td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    @for (task of allocation.tasks; track task) {
                      <li>{{ taskLabel(task) }}</li>
                    }
                  </ul>
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ allocation.plannedWeeklyHours }}</td>
                <td class="govuk-table__cell">
                  @if (allocation.status === 'active') {
                    Since {{ allocation.startsOn | ppDate }}
                  } @else {
                    {{ allocation.startsOn | ppDate }} to {{ allocation.endedOn | ppDate }}
                    @if (allocation.endReason) {
                      <br /><span class="govuk-body-s">Ended: {{ allocation.endReason }}</span>
                    }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllocationList {
  readonly allocations = input.required<readonly AllocationView[]>();
  protected taskLabel(task: AllocationTask): string {
    return TASK_LABELS[task];
  }
}

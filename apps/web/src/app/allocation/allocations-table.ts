import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AllocationView } from '@peerpath/contracts';
import { hoursText, tasksText } from '@peerpath/web/allocation/allocation-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

/**
 * A GOV.UK table of active allocations: the buddy, optionally whom they support, their tasks,
 * hours and start date, and optionally a link to end each one.
 */
@Component({
  selector: 'pp-allocations-table',
  imports: [RouterLink, DatePipe],
  template: `
    <div class="pp-scroll-region" role="region" [attr.aria-label]="caption()" tabindex="0">
      <table class="govuk-table" [attr.data-testid]="testId()">
        <caption class="govuk-table__caption govuk-visually-hidden">{{ caption() }}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Buddy</th>
            @if (showRecipient()) {
              <th scope="col" class="govuk-table__header">Supporting</th>
            }
            <th scope="col" class="govuk-table__header">Tasks</th>
            <th scope="col" class="govuk-table__header">Hours a week</th>
            <th scope="col" class="govuk-table__header">Since</th>
            @if (showEnd()) {
              <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (allocation of allocations(); track allocation.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" [routerLink]="['/buddies', allocation.buddyId]">{{ allocation.buddyName }}</a>
                <br />{{ allocation.buddyPrisonNumber }}
              </td>
              @if (showRecipient()) {
                <td class="govuk-table__cell">
                  <a class="govuk-link" [routerLink]="['/recipients', allocation.recipientId]">{{ allocation.recipientName }}</a>
                  <br />{{ allocation.recipientPrisonNumber }}
                </td>
              }
              <td class="govuk-table__cell">
                <ul class="govuk-list">
                  @for (task of tasksText(allocation.tasks); track task) {
                    <li>{{ task }}</li>
                  }
                </ul>
              </td>
              <td class="govuk-table__cell">{{ hoursText(allocation.plannedWeeklyHours) }}</td>
              <td class="govuk-table__cell">{{ allocation.startsOn | ppDate }}</td>
              @if (showEnd()) {
                <td class="govuk-table__cell">
                  @if (mayEnd()(allocation)) {
                    <a class="govuk-link" [routerLink]="['/allocations', allocation.id, 'end']"
                      >End<span class="govuk-visually-hidden"> the allocation of {{ allocation.buddyName }} to {{ allocation.recipientName }}</span></a
                    >
                  }
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
export class AllocationsTable {
  readonly allocations = input.required<readonly AllocationView[]>();
  /** Visually hidden caption, read out by screen readers. */
  readonly caption = input.required<string>();
  /** The table's `data-testid`. */
  readonly testId = input<string>();
  /** Whether to show the "Supporting" column (the recipient). */
  readonly showRecipient = input(false);
  /** Whether to show the action column with an "End" link. */
  readonly showEnd = input(false);
  /** Which rows get an "End" link, when the action column is shown. */
  readonly mayEnd = input<(allocation: AllocationView) => boolean>(() => true);

  protected readonly tasksText = tasksText;
  protected readonly hoursText = hoursText;
}

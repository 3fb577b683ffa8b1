import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AttentionRole } from '@peerpath/contracts';
import { AttentionCounts } from '@peerpath/web/attention/attention.api';

/** "3 days", "1 day". */
export const daysText = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

/**
 * "Needs attention today" at the top of a coordinator's or a trainer's home: each list with how
 * many are on it and how long the longest has waited, linking to the list.
 */
@Component({
  selector: 'pp-attention-panel',
  imports: [RouterLink],
  template: `
    <div class="govuk-!-margin-bottom-6" data-testid="attention-panel">
      <h3 class="govuk-heading-m" [id]="headingId()">Needs attention today</h3>
      @if (sections(); as sections) {
        @if (sections.length === 0 || total() === 0) {
          <p class="govuk-body" data-testid="attention-none">Nothing needs attention today.</p>
        }
        @if (sections.length > 0) {
          <div class="pp-scroll-region" role="region" [attr.aria-labelledby]="headingId()" tabindex="0">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-visually-hidden">What needs attention today, with the longest wait</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">List</th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">Number</th>
                  <th scope="col" class="govuk-table__header">Longest wait</th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                @for (section of sections; track section.key) {
                  <tr class="govuk-table__row" [attr.data-testid]="'attention-' + section.key">
                    <th scope="row" class="govuk-table__header"><a class="govuk-link" [routerLink]="section.href">{{ section.title }}</a></th>
                    <td class="govuk-table__cell govuk-table__cell--numeric" data-testid="attention-count">{{ section.count }}</td>
                    <td class="govuk-table__cell">{{ section.oldestDays !== null && section.count > 0 ? daysText(section.oldestDays) : '' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else {
        <p class="govuk-body">Loading what needs attention…</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttentionPanel {
  /** Whose lists: the coordinator's or the trainer's (someone may hold both roles). */
  readonly lists = input.required<AttentionRole>();
  private readonly counts = inject(AttentionCounts);
  protected readonly headingId = computed(() => `attention-heading-${this.lists()}`);
  protected readonly sections = computed(() => this.counts.summary()?.sections.filter((s) => s.role === this.lists()) ?? null);
  protected readonly total = computed(() => (this.sections() ?? []).reduce((sum, s) => sum + s.count, 0));
  protected readonly daysText = daysText;
}

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { EligibilityView } from '@peerpath/contracts';
import { plural } from '@peerpath/web/govuk/plural';

export type EligibilityPanelState =
  /** Eligible, and this person may issue: the "Issue certificate" button. */
  | 'issue'
  /** Eligible, but issuing is for the prison's coordinator. */
  | 'ready'
  /** Holds a certificate for this programme version already, and nothing else stands in the way. */
  | 'certified'
  /** Holds an expired certificate for this programme version: renewed by refresher, not issued again. */
  | 'renew'
  /** Not eligible: every reason is listed. */
  | 'blocked';

export function eligibilityPanelState(eligibility: Pick<EligibilityView, 'allowed' | 'reasons'>, mayIssue: boolean): EligibilityPanelState {
  if (eligibility.allowed) return mayIssue ? 'issue' : 'ready';
  if (eligibility.reasons.every((r) => r.code === 'ALREADY_CERTIFIED')) return 'certified';
  return eligibility.reasons.every((r) => r.code === 'RENEW_INSTEAD') ? 'renew' : 'blocked';
}

/** The facts behind eligibility, as the coordinator would check them in the folder. */
export function eligibilityFacts(e: EligibilityView): string[] {
  if (!e.programmeTitle) return [];
  const attendance = e.attendanceRatePercent === null ? 'none recorded' : `${e.attendanceRatePercent}%`;
  return [
    `${e.programmeTitle} (${e.versionLabel})`,
    `Modules complete: ${e.modulesComplete} of ${e.modulesTotal}`,
    `Attendance: ${attendance} (at least ${e.attendanceThresholdPercent}% needed)`,
    `Supervision during training: ${plural(e.supervisionsDuringTraining, 'session')}`,
  ];
}

/**
 * Can this buddy be certified? The API's eligibility rule, shown before anyone presses a button:
 * when the answer is no, every reason is listed and there is no button to press.
 */
@Component({
  selector: 'pp-eligibility-panel',
  template: `
    <div data-testid="eligibility" [attr.data-state]="state()">
      <h3 class="govuk-heading-s">
        @if (eligibility().programmeTitle; as programme) {
          Eligibility: {{ programme }} ({{ eligibility().versionLabel }})
        } @else {
          Eligibility
        }
      </h3>
      @switch (state()) {
        @case ('issue') {
          <p class="govuk-body govuk-!-font-weight-bold">Ready for a certificate.</p>
        }
        @case ('ready') {
          <p class="govuk-body govuk-!-font-weight-bold">Ready for a certificate.</p>
          <p class="govuk-body">A coordinator at the buddy's prison can issue it.</p>
        }
        @case ('certified') {
          @for (reason of eligibility().reasons; track reason.code) {
            <p class="govuk-body">{{ reason.message }}.</p>
          }
        }
        @case ('renew') {
          @for (reason of eligibility().reasons; track reason.code) {
            <p class="govuk-body">{{ reason.message }}. Use “Renew certificate” under Certificates.</p>
          }
        }
        @case ('blocked') {
          <div class="govuk-inset-text">
            <p class="govuk-body govuk-!-font-weight-bold">Cannot be certified yet</p>
            <p class="govuk-body">A certificate can be issued once all of these are put right:</p>
            <ul class="govuk-list govuk-list--bullet" data-testid="eligibility-reasons">
              @for (reason of eligibility().reasons; track reason.code) {
                <li>{{ reason.message }}</li>
              }
            </ul>
          </div>
        }
      }
      @if (facts().length > 0) {
        <ul class="govuk-list" data-testid="eligibility-facts">
          @for (fact of facts(); track $index) {
            <li>{{ fact }}</li>
          }
        </ul>
      }
      @if (state() === 'issue') {
        <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="issuing()" [attr.aria-disabled]="issuing() || null" (click)="issue.emit()">
          Issue certificate
        </button>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityPanel {
  readonly eligibility = input.required<EligibilityView>();
  readonly mayIssue = input(false);
  readonly issuing = input(false);
  readonly issue = output<void>();

  protected readonly state = computed(() => eligibilityPanelState(this.eligibility(), this.mayIssue()));
  protected readonly facts = computed(() => eligibilityFacts(this.eligibility()));
}

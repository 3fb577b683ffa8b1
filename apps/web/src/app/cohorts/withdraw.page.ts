import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { cohortResource, CohortsApi } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName } from '@peerpath/web/cohorts/cohort-labels';
import { fieldIdsFrom } from '@peerpath/web/cohorts/cohort-forms';
import { Flash } from '@peerpath/web/govuk/flash';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Textarea } from '@peerpath/web/govuk/textarea';

const REASON_LIMIT = 500;

/** /cohorts/:cohortId/enrolments/:enrolmentId/withdraw: ends an enrolment, with the reason kept. */
@Component({
  selector: 'pp-withdraw-page',
  imports: [RouterLink, ErrorSummary, Textarea],
  template: `
    <pp-error-summary [errors]="errors()" />
    @if (refused()) {
      <h1 class="govuk-heading-l">Withdraw a buddy</h1>
      <p class="govuk-body" data-testid="refused">You cannot change this cohort.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Back to the cohort</a></p>
    } @else if (enrolment(); as enrolment) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ cohortName() }}</span>
          <h1 class="govuk-heading-l">Withdraw {{ buddyName(enrolment) }}</h1>
          <p class="govuk-body">Their decisions and attendance so far are kept. They will no longer appear on registers or assessment sheets.</p>
          <form (submit)="$event.preventDefault(); submit()" novalidate>
            <pp-textarea
              fieldId="reason"
              label="Reason for withdrawal"
              hint="For example, transferred to another prison, or chose to stop"
              [rows]="3"
              [error]="fieldErrors()['reason']"
              [(value)]="reason"
            />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                Withdraw from cohort
              </button>
              <a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Cancel</a>
            </div>
          </form>
        </div>
      </div>
    } @else if (cohort.error() || cohort.hasValue()) {
      <h1 class="govuk-heading-l">Withdraw a buddy</h1>
      <p class="govuk-body">Sorry, this enrolment cannot be found, or it has already ended.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Back to the cohort</a></p>
    } @else {
      <h1 class="govuk-heading-l">Withdraw a buddy</h1>
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();
  readonly enrolmentId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  /** Reached by address without the right to withdraw (the API would refuse): no form. */
  protected readonly refused = computed(() => valueOf(this.cohort)?.permissions.enrol === false);
  protected readonly cohortName = computed(() => valueOf(this.cohort)?.name);
  protected readonly enrolment = computed(() =>
    valueOf(this.cohort)?.enrolments.find((e) => e.id === this.enrolmentId() && e.status === 'active'),
  );
  protected readonly reason = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly buddyName = buddyName;

  protected async submit(): Promise<void> {
    const enrolment = this.enrolment();
    if (!enrolment || this.refused() || this.saving()) return;
    const reason = this.reason().trim();
    if (!reason) {
      this.errors.set([{ field: 'reason', text: 'Enter the reason for withdrawal' }]);
      return;
    }
    if (reason.length > REASON_LIMIT) {
      this.errors.set([{ field: 'reason', text: `The reason must be ${REASON_LIMIT} characters or fewer` }]);
      return;
    }
    this.saving.set(true);
    try {
      await this.api.withdraw(this.cohortId(), enrolment.id, reason);
      this.errors.set([]);
      this.flash.set(`${buddyName(enrolment)} withdrawn from the cohort`);
      await this.router.navigate(['/cohorts', this.cohortId()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom({ reason: 'reason' })));
    } finally {
      this.saving.set(false);
    }
  }
}

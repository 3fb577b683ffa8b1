import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { OUTCOME_STATEMENTS } from '@peerpath/domain';
import { recipientResource } from '@peerpath/web/allocation/allocation.api';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, formatDate, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { Radios } from '@peerpath/web/govuk/radios';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { OUTCOME_ANSWERS, OutcomeReviewFormValue, outcomeReviewFieldId, outcomeReviewRequestOf } from '@peerpath/web/outcomes/outcome-review-form';
import { OutcomesApi } from '@peerpath/web/outcomes/outcomes.api';

/** /recipients/:id/outcome-review: what the recipient says their buddy's support does for them. */
@Component({
  selector: 'pp-record-outcome-review-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, Radios, Textarea],
  templateUrl: './record-outcome-review.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordOutcomeReviewPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(OutcomesApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly recipient = recipientResource(this.id);
  protected readonly name = computed(() => {
    const person = valueOf(this.recipient);
    return person ? `${person.firstName} ${person.lastName}` : '';
  });
  protected readonly statements = OUTCOME_STATEMENTS;
  protected readonly answers = OUTCOME_ANSWERS;
  protected readonly form = this.fb.group({
    reviewedOn: this.fb.group(datePartsOf(todayIso())),
    helpsScore: this.fb.control<OutcomeReviewFormValue['helpsScore']>(''),
    independenceScore: this.fb.control<OutcomeReviewFormValue['independenceScore']>(''),
    comment: [''],
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // What they said survives the session ending: it is back after signing in again.
    keepFormDraft(this.form, 'outcome-review');
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const checked = outcomeReviewRequestOf(this.form.getRawValue(), todayIso());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const review = await this.api.recordOutcomeReview(this.id(), checked.request);
      this.errors.set([]);
      this.flash.set(`Outcome review on ${formatDate(review.reviewedOn)} recorded`);
      await this.router.navigate(['/recipients', this.id()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, outcomeReviewFieldId));
    } finally {
      this.submitting.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { BuddyDetail, SelectionOutcome } from '@peerpath/contracts';
import { BuddiesApi } from '@peerpath/web/buddies/buddies.api';
import { selectionFieldId, selectionRequestOf } from '@peerpath/web/buddies/selection-request';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';

/** "Record selection decision": outcome, the two checks, the date and notes. */
@Component({
  selector: 'pp-selection-form',
  imports: [ReactiveFormsModule, DateInput, ErrorSummary, Textarea, Radios],
  templateUrl: './selection-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectionForm {
  readonly buddy = input.required<BuddyDetail>();
  /** The buddy as the API returns it after the decision. */
  readonly decided = output<BuddyDetail>();
  readonly cancelled = output<void>();
  /** Re-deciding offers a Cancel; a first decision does not. */
  readonly cancellable = input(false);

  private readonly api = inject(BuddiesApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly decisions: readonly RadioItem[] = [
    { value: 'approved', text: 'Approve' },
    { value: 'declined', text: 'Decline' },
  ];
  protected readonly form = this.fb.group({
    outcome: this.fb.control<SelectionOutcome | ''>(''),
    securityCheckDone: [false],
    riskAssessmentDone: [false],
    decidedOn: this.fb.group(datePartsOf(todayIso())),
    notes: [''],
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // A decision typed as the session runs out is put back after signing in again.
    keepFormDraft(this.form, 'selection');
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const buddy = this.buddy();
    const checked = selectionRequestOf(this.form.getRawValue(), buddy.appliedOn, todayIso());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const updated = await this.api.recordSelection(buddy.id, checked.request);
      this.errors.set([]);
      this.decided.emit(updated);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, selectionFieldId));
    } finally {
      this.submitting.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { SupervisionApi } from '@peerpath/web/supervision/supervision.api';
import { SupervisionFormValue, supervisionFieldId, supervisionRequestOf } from '@peerpath/web/supervision/supervision-form';
import { WELLBEING_TEXT } from '@peerpath/web/supervision/supervision-labels';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, formatDate, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';

/** /buddies/:id/supervision/new: a one-to-one supervision session. */
@Component({
  selector: 'pp-record-supervision-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, TextInput, Textarea, Radios],
  templateUrl: './record-supervision.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordSupervisionPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(SupervisionApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly buddy = buddyResource(this.id);
  protected readonly name = computed(() => {
    const buddy = this.buddy.hasValue() ? this.buddy.value() : undefined;
    return buddy ? `${buddy.firstName} ${buddy.lastName}` : '';
  });
  protected readonly wellbeingOptions = ([5, 4, 3, 2, 1] as const).map((value) => ({ value: String(value), text: `${value}: ${WELLBEING_TEXT[value]}` }));
  protected readonly yesNo: readonly RadioItem[] = [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ];
  protected readonly form = this.fb.group({
    heldOn: this.fb.group(datePartsOf(todayIso())),
    durationMinutes: [''],
    hoursWorkedSinceLast: [''],
    wellbeing: this.fb.control<SupervisionFormValue['wellbeing']>(''),
    boundariesDiscussed: this.fb.control<SupervisionFormValue['boundariesDiscussed']>(''),
    concerns: [''],
    agreedActions: [''],
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // A long note survives the session ending: it is back after signing in again.
    keepFormDraft(this.form);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const checked = supervisionRequestOf(this.form.getRawValue(), todayIso());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const session = await this.api.recordSupervision(this.id(), checked.request);
      this.errors.set([]);
      this.flash.set(`Supervision on ${formatDate(session.heldOn)} recorded`);
      await this.router.navigate(['/buddies', this.id()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, supervisionFieldId));
    } finally {
      this.submitting.set(false);
    }
  }
}

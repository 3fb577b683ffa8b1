import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { BuddyDetail, CohortSummary, EnrolmentView } from '@peerpath/contracts';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { BuddiesApi, prisonCohortsResource } from '@peerpath/web/buddies/buddies.api';
import { formatDate } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select } from '@peerpath/web/govuk/select';

/** The cohorts a buddy could join: at their prison, not finished, and not one they are already in. */
export function openCohorts(cohorts: readonly CohortSummary[], prisonCode: string, alreadyIn: readonly string[]): CohortSummary[] {
  return cohorts.filter((c) => c.prisonCode === prisonCode && c.status !== 'finished' && !alreadyIn.includes(c.id));
}

/** "Enrol in a cohort", for an approved buddy. Every refusal (full, not approved…) is the API's to explain. */
@Component({
  selector: 'pp-enrol-form',
  imports: [ReactiveFormsModule, ErrorSummary, Select],
  template: `
    <pp-error-summary [errors]="errors()" />
    @if (cohorts.error()) {
      <p class="govuk-body">Sorry, cohorts cannot be shown right now. Try again later.</p>
    } @else if (cohorts.isLoading()) {
      <p class="govuk-body">Loading cohorts…</p>
    } @else if (choices().length === 0) {
      <p class="govuk-body" data-testid="no-cohorts">There are no planned or running cohorts at {{ buddy().prisonName }} to join.</p>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="enrol-form">
        <pp-select
          fieldId="cohortId"
          label="Cohort"
          hint="Planned and running cohorts at {{ buddy().prisonName }}"
          widthClass="govuk-!-width-full"
          [items]="cohortOptions()"
          [error]="fieldError()['cohortId']"
          formControlName="cohortId"
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="submitting()" [attr.aria-disabled]="submitting() || null">
          Enrol
        </button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolForm {
  readonly buddy = input.required<BuddyDetail>();
  /** Cohorts the buddy is actively enrolled in already. */
  readonly alreadyIn = input<readonly string[]>([]);
  readonly enrolled = output<{ enrolment: EnrolmentView; cohort: CohortSummary }>();

  private readonly api = inject(BuddiesApi);
  protected readonly cohorts = prisonCohortsResource(computed(() => this.buddy().prisonCode));
  protected readonly choices = computed(() => openCohorts(valueOf(this.cohorts) ?? [], this.buddy().prisonCode, this.alreadyIn()));
  protected readonly cohortOptions = computed(() =>
    this.choices().map((cohort) => ({
      value: cohort.id,
      text: `${cohort.name}: starts ${formatDate(cohort.startsOn)}, ${cohort.activeEnrolments} of ${cohort.capacity} places taken`,
    })),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({ cohortId: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // Keep a real cohort chosen: the first, unless the current choice is still offered.
    effect(() => {
      const choices = this.choices();
      const current = this.form.controls.cohortId.value;
      if (!choices.some((c) => c.id === current)) this.form.controls.cohortId.setValue(choices[0]?.id ?? '');
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const cohort = this.choices().find((c) => c.id === this.form.controls.cohortId.value);
    if (!cohort) {
      this.errors.set([{ field: 'cohortId', text: 'Select a cohort' }]);
      return;
    }
    this.submitting.set(true);
    try {
      const enrolment = await this.api.enrol(cohort.id, { buddyId: this.buddy().id });
      this.errors.set([]);
      this.cohorts.reload();
      this.enrolled.emit({ enrolment, cohort });
    } catch (error) {
      // Refusals such as COHORT_FULL or NOT_APPROVED concern the choice of cohort, so they link to it.
      const linked = apiErrorOf(error) !== null;
      this.errors.set(summaryErrorsOf(error, () => 'cohortId').map((e) => (linked ? { ...e, field: 'cohortId' } : e)));
    } finally {
      this.submitting.set(false);
    }
  }
}

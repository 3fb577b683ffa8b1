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

/**
 * The cohorts a buddy could join: at their prison, not finished, with a place free, and not of a
 * programme they already hold a place on (one place per programme: the API's enrol rule).
 * Planned cohorts come first, soonest first: a new buddy normally starts at the beginning, and
 * joining one already running is the exception. The list arrives sorted by start date.
 */
export function openCohorts(cohorts: readonly CohortSummary[], prisonCode: string, alreadyIn: readonly string[]): CohortSummary[] {
  const programmesHeld = new Set(cohorts.filter((c) => alreadyIn.includes(c.id)).map((c) => c.programmeId));
  const open = cohorts.filter(
    (c) => c.prisonCode === prisonCode && c.status !== 'finished' && c.activeEnrolments < c.capacity && !alreadyIn.includes(c.id) && !programmesHeld.has(c.programmeId),
  );
  return [...open.filter((c) => c.status === 'planned'), ...open.filter((c) => c.status !== 'planned')];
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
      <p class="govuk-body" data-testid="no-cohorts">There are no cohorts at {{ buddy().prisonName }} that {{ buddy().firstName }} can join: none planned or running with a place free, of a programme they are not already on.</p>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="enrol-form">
        <pp-select
          fieldId="cohortId"
          label="Cohort"
          hint="Planned and running cohorts at {{ buddy().prisonName }} with a place free, of programmes {{ buddy().firstName }} is not already on"
          widthClass="govuk-!-width-full"
          placeholder="Select a cohort"
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
  protected readonly choices = computed(() => openCohorts(valueOf(this.cohorts)?.items ?? [], this.buddy().prisonCode, this.alreadyIn()));
  protected readonly cohortOptions = computed(() =>
    this.choices().map((cohort) => ({
      value: cohort.id,
      text: `${cohort.name} (${cohort.programmeTitle} ${cohort.versionLabel}): starts ${formatDate(cohort.startsOn)}, ${cohort.activeEnrolments} of ${cohort.capacity} places taken`,
    })),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({ cohortId: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // Nothing is chosen for the coordinator ("Select a cohort"); a choice no longer offered is cleared.
    effect(() => {
      const choices = this.choices();
      const current = this.form.controls.cohortId.value;
      if (current && !choices.some((c) => c.id === current)) this.form.controls.cohortId.setValue('');
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

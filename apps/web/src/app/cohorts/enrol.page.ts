import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { approvedBuddiesResource, cohortResource, CohortsApi } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName } from '@peerpath/web/cohorts/cohort-labels';
import { fieldIdsFrom } from '@peerpath/web/cohorts/cohort-forms';
import { Flash } from '@peerpath/web/govuk/flash';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select } from '@peerpath/web/govuk/select';

/** /cohorts/:cohortId/enrol: add an approved applicant at the cohort's prison who is not enrolled yet. */
@Component({
  selector: 'pp-enrol-page',
  imports: [RouterLink, ErrorSummary, Select],
  template: `
    <pp-error-summary [errors]="errors()" />
    @if (refused()) {
      <h1 class="govuk-heading-l">Enrol a buddy</h1>
      <p class="govuk-body" data-testid="refused">You cannot change this cohort.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Back to the cohort</a></p>
    } @else if (cohort.error()) {
      <h1 class="govuk-heading-l">Enrol a buddy</h1>
      <p class="govuk-body">Sorry, this cohort cannot be shown. It may not exist, or it may be outside your scope.</p>
    } @else if (cohort.value(); as cohort) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ cohort.name }}</span>
          <h1 class="govuk-heading-l">Enrol a buddy</h1>
          <p class="govuk-body">{{ cohort.activeEnrolments }} of {{ cohort.capacity }} places are taken.</p>
          @if (candidates().length === 0 && !buddies.isLoading()) {
            <p class="govuk-body">There is no one to enrol: only applicants approved at {{ cohort.prisonName }} and not already on this cohort can enrol.</p>
            <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Back to the cohort</a></p>
          } @else {
            <form (submit)="$event.preventDefault(); submit()" novalidate>
              <pp-select
                fieldId="buddyId"
                label="Buddy"
                hint="Approved applicants at {{ cohort.prisonName }}"
                placeholder="Select a buddy"
                [items]="candidateOptions()"
                [error]="fieldErrors()['buddyId']"
                [(value)]="chosen"
              />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                  Enrol
                </button>
                <a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Cancel</a>
              </div>
            </form>
          }
        </div>
      </div>
    } @else {
      <h1 class="govuk-heading-l">Enrol a buddy</h1>
      <p class="govuk-body">Loading cohort…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  /** Reached by address without the right to enrol (the API would refuse): no form. */
  protected readonly refused = computed(() => valueOf(this.cohort)?.permissions.enrol === false);
  protected readonly buddies = approvedBuddiesResource(() => (this.refused() ? undefined : valueOf(this.cohort)?.prisonCode));
  protected readonly candidates = computed(() => {
    const enrolled = new Set(valueOf(this.cohort)?.enrolments.filter((e) => e.status === 'active').map((e) => e.buddyId) ?? []);
    return (valueOf(this.buddies)?.items ?? []).filter((buddy) => !enrolled.has(buddy.id));
  });
  protected readonly candidateOptions = computed(() =>
    this.candidates().map((buddy) => ({ value: buddy.id, text: `${buddyName(buddy)}, ${buddy.prisonNumber}` })),
  );
  protected readonly chosen = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly buddyName = buddyName;

  protected async submit(): Promise<void> {
    const cohort = valueOf(this.cohort);
    if (!cohort || this.refused() || this.saving()) return;
    if (!this.chosen()) {
      this.errors.set([{ field: 'buddyId', text: 'Select a buddy to enrol' }]);
      return;
    }
    this.saving.set(true);
    try {
      const enrolment = await this.api.enrol(cohort.id, this.chosen());
      this.errors.set([]);
      this.flash.set(`${buddyName(enrolment)} enrolled`);
      await this.router.navigate(['/cohorts', cohort.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom({ buddyId: 'buddyId' })));
    } finally {
      this.saving.set(false);
    }
  }
}

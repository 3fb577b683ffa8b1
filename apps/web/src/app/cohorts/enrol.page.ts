import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { cohortResource, CohortsApi, enrolableBuddiesResource } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName } from '@peerpath/web/cohorts/cohort-labels';
import { fieldIdsFrom } from '@peerpath/web/cohorts/cohort-forms';
import { Flash } from '@peerpath/web/govuk/flash';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SearchPicker } from '@peerpath/web/govuk/search-picker';

/** /cohorts/:cohortId/enrol: find and add an approved buddy at the cohort's prison who is not on its programme yet. */
@Component({
  selector: 'pp-enrol-page',
  imports: [RouterLink, ErrorSummary, SearchPicker],
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
          @if (nobody()) {
            <p class="govuk-body" data-testid="nobody-to-enrol">
              There is no one to enrol: only buddies approved at {{ cohort.prisonName }} and not already on a {{ cohort.programmeTitle }} cohort can enrol.
            </p>
            <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Back to the cohort</a></p>
          } @else {
            <form (submit)="$event.preventDefault(); submit()" novalidate>
              <pp-search-picker
                fieldId="buddyId"
                legend="Buddy"
                hint="Approved buddies at {{ cohort.prisonName }} who are not on a {{ cohort.programmeTitle }} cohort. Search by prison number or name, then choose one."
                [items]="candidateOptions()"
                [total]="buddies.hasValue() ? buddies.value().total : 0"
                [loading]="buddies.isLoading()"
                [failed]="!!buddies.error()"
                [(query)]="search"
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
  protected readonly search = signal('');
  protected readonly buddies = enrolableBuddiesResource(() => (this.refused() ? undefined : valueOf(this.cohort)?.id), this.search);
  /** Nobody at all could enrol: said once, instead of an empty search. */
  protected readonly nobody = computed(() => !this.search() && this.buddies.hasValue() && this.buddies.value().total === 0);
  protected readonly candidateOptions = computed(() =>
    (valueOf(this.buddies)?.items ?? []).map((buddy) => ({ value: buddy.id, text: `${buddyName(buddy)} (${buddy.prisonNumber})`, hint: buddy.prisonName })),
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

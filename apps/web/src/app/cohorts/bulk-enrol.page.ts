import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { BuddySummary } from '@peerpath/contracts';
import { BuddyChooser, FIRST_PAGE } from '@peerpath/web/buddies/buddy-chooser';
import { bulkErrorsOf } from '@peerpath/web/buddies/bulk-refusals';
import { cohortResource, CohortsApi, enrolableBuddiesPageResource } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName } from '@peerpath/web/cohorts/cohort-labels';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/**
 * /cohorts/:cohortId/enrol-many: several approved buddies at once. Choose, review, enrol: all of
 * them, or (if anyone is refused, places included) nobody, with every refusal per person.
 */
@Component({
  selector: 'pp-bulk-enrol-page',
  imports: [RouterLink, BuddyChooser, ErrorSummary],
  template: `
    <pp-error-summary [errors]="errors()" />
    @if (refused()) {
      <h1 class="govuk-heading-l">Enrol several buddies</h1>
      <p class="govuk-body" data-testid="refused">You cannot change this cohort.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Back to the cohort</a></p>
    } @else if (cohort.error()) {
      <h1 class="govuk-heading-l">Enrol several buddies</h1>
      <p class="govuk-body">Sorry, this cohort cannot be shown. It may not exist, or it may be outside your scope.</p>
    } @else if (cohort.value(); as cohort) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ cohort.name }}</span>
          @if (step() === 'choose') {
            <h1 class="govuk-heading-l">Enrol several buddies</h1>
            <p class="govuk-body" data-testid="places">{{ free() }} of {{ cohort.capacity }} places are free.</p>
            @if (buddies.error()) {
              <p class="govuk-body">Sorry, the buddies who could enrol cannot be shown right now. Try again later.</p>
            } @else if (nobodyToEnrol()) {
              <p class="govuk-body">There is no one to enrol: only applicants approved at {{ cohort.prisonName }} and not already on a cohort of this programme can enrol.</p>
              <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Back to the cohort</a></p>
            } @else {
              <form (submit)="$event.preventDefault(); review()" novalidate>
                <pp-buddy-chooser
                  fieldId="buddyIds"
                  legend="Buddies to enrol"
                  hint="Approved applicants at {{ cohort.prisonName }} who are not on a cohort of this programme, on any page or search"
                  [result]="result()"
                  [error]="fieldError()['buddyIds']"
                  [(query)]="query"
                  [(chosen)]="chosenBuddies"
                />
                <div class="govuk-button-group">
                  <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
                  <a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Cancel</a>
                </div>
              </form>
            }
          } @else {
            <h1 class="govuk-heading-l">Check who you are enrolling</h1>
            <div class="pp-scroll-region" role="region" aria-label="Buddies to enrol" tabindex="0">
              <table class="govuk-table" data-testid="bulk-enrol-review">
                <caption class="govuk-table__caption govuk-table__caption--m">{{ chosen().length }} {{ chosen().length === 1 ? 'buddy' : 'buddies' }} to enrol</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">Name</th>
                    <th scope="col" class="govuk-table__header">Prison number</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  @for (buddy of chosenBuddies(); track buddy.id) {
                    <tr class="govuk-table__row">
                      <td class="govuk-table__cell">{{ buddyName(buddy) }}</td>
                      <td class="govuk-table__cell">{{ buddy.prisonNumber }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <p class="govuk-body">
              Afterwards {{ cohort.activeEnrolments + chosen().length }} of {{ cohort.capacity }} places will be taken. If anyone cannot be enrolled, nobody is, and you will see why.
            </p>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="enrol()">
                Enrol {{ chosen().length }} {{ chosen().length === 1 ? 'buddy' : 'buddies' }}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="change()">Change</button>
            </div>
          }
        </div>
      </div>
    } @else {
      <h1 class="govuk-heading-l">Enrol several buddies</h1>
      <p class="govuk-body">Loading cohort…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkEnrolPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  /** Reached by address without the right to enrol (the API would refuse): no form. */
  protected readonly refused = computed(() => valueOf(this.cohort)?.permissions.enrol === false);
  /** The search and page shown; buddies chosen on earlier pages stay chosen. */
  protected readonly query = signal(FIRST_PAGE);
  /** The server's list: approved, at the cohort's prison, not on a cohort of its programme (the enrol picker's). */
  protected readonly buddies = enrolableBuddiesPageResource(() => (this.refused() ? undefined : valueOf(this.cohort)?.id), this.query);
  protected readonly result = computed(() => valueOf(this.buddies));
  protected readonly nobodyToEnrol = computed(() => this.result()?.total === 0 && !this.query().search && this.query().page === 1);
  protected readonly free = computed(() => {
    const cohort = valueOf(this.cohort);
    return cohort ? Math.max(cohort.capacity - cohort.activeEnrolments, 0) : 0;
  });
  protected readonly chosenBuddies = signal<readonly BuddySummary[]>([]);
  protected readonly chosen = computed(() => this.chosenBuddies().map((b) => b.id));
  protected readonly step = signal<'choose' | 'review'>('choose');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly buddyName = buddyName;

  protected review(): void {
    const errors: SummaryError[] = [];
    if (!this.chosen().length) errors.push({ field: 'buddyIds', text: 'Choose at least one buddy to enrol' });
    else if (this.chosen().length > this.free()) errors.push({ field: 'buddyIds', text: `Choose up to ${this.free()}: only ${this.free()} places are free` });
    this.errors.set(errors);
    if (!errors.length) this.step.set('review');
  }

  protected change(): void {
    this.errors.set([]);
    this.step.set('choose');
  }

  protected async enrol(): Promise<void> {
    const cohort = valueOf(this.cohort);
    if (!cohort || this.saving()) return;
    this.saving.set(true);
    try {
      const enrolments = await this.api.enrolMany(cohort.id, [...this.chosen()]);
      this.errors.set([]);
      this.flash.set(`${enrolments.length} ${enrolments.length === 1 ? 'buddy' : 'buddies'} enrolled: ${enrolments.map(buddyName).join(', ')}`);
      await this.router.navigate(['/cohorts', cohort.id]);
    } catch (error) {
      this.errors.set(bulkErrorsOf(error, (path) => (path === 'buddyIds' ? 'buddyIds' : null)));
      this.cohort.reload();
    } finally {
      this.saving.set(false);
    }
  }
}

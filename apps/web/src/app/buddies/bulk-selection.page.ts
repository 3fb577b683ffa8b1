import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BuddySummary, RecordSelectionRequest, SelectionOutcome } from '@peerpath/contracts';
import { bulkSelectionProblems } from '@peerpath/domain';
import { applicantsResource, BuddiesApi } from '@peerpath/web/buddies/buddies.api';
import { BuddyChooser, FIRST_PAGE } from '@peerpath/web/buddies/buddy-chooser';
import { bulkErrorsOf } from '@peerpath/web/buddies/bulk-refusals';
import { selectionFieldId, selectionRequestOf } from '@peerpath/web/buddies/selection-request';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, formatDate, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError } from '@peerpath/web/govuk/form-errors';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { Textarea } from '@peerpath/web/govuk/textarea';

const name = (b: { firstName: string; lastName: string }) => `${b.firstName} ${b.lastName}`;

/** As many decisions as one request records (the API's limit). */
const MAX_AT_ONCE = 100;

/**
 * /buddies/decide: one selection decision, with its checks, for several applicants. Choose,
 * then review, then record: all of them or, if any is refused, none (each refusal listed).
 */
@Component({
  selector: 'pp-bulk-selection-page',
  imports: [ReactiveFormsModule, RouterLink, BuddyChooser, DateInput, ErrorSummary, Radios, SuccessBanner, Textarea],
  template: `
    @if (recorded(); as done) {
      <pp-success-banner [message]="done" />
      <h1 class="govuk-heading-l">Decisions recorded</h1>
      <ul class="govuk-list govuk-list--bullet" data-testid="decided">
        @for (person of decidedPeople(); track person.buddyId) {
          <li><a class="govuk-link" [routerLink]="['/buddies', person.buddyId]">{{ name(person) }}</a>, {{ person.prisonNumber }}</li>
        }
      </ul>
      <p class="govuk-body"><a class="govuk-link" routerLink="/cohorts">Enrol them in a cohort</a> or go back to the <a class="govuk-link" routerLink="/buddies">buddy register</a>.</p>
    } @else {
      <pp-error-summary [errors]="errors()" />
      @if (step() === 'choose') {
        <h1 class="govuk-heading-l">Decide on several applicants</h1>
        @if (applicants.error()) {
          <p class="govuk-body">Sorry, applicants cannot be shown right now. Try again later.</p>
        } @else if (nobodyWaiting()) {
          <p class="govuk-body">Nobody is waiting for a selection decision.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/buddies">Back to the buddy register</a></p>
        } @else {
          <form [formGroup]="form" (ngSubmit)="review()" novalidate data-testid="bulk-selection-form">
            <pp-buddy-chooser
              fieldId="buddyIds"
              legend="Applicants"
              hint="Choose everyone this decision applies to, on any page or search. Each will have the same decision, checks, date and notes on their record."
              [result]="result()"
              [describe]="describe"
              [error]="fieldError()['buddyIds']"
              [(query)]="query"
              [(chosen)]="chosenPeople"
            />
            <pp-radios fieldId="outcome" legend="Decision" [items]="decisions" [small]="true" [error]="fieldError()['outcome-approved']" formControlName="outcome" />
            <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError()['securityCheckDone'] || fieldError()['riskAssessmentDone']">
              <fieldset class="govuk-fieldset" aria-describedby="checks-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Checks done for everyone chosen</legend>
                <div id="checks-hint" class="govuk-hint">Both are needed before anyone can be approved.</div>
                @if (fieldError()['securityCheckDone']; as message) {
                  <p id="securityCheckDone-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
                }
                @if (fieldError()['riskAssessmentDone']; as message) {
                  <p id="riskAssessmentDone-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
                }
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id="securityCheckDone" name="securityCheckDone" type="checkbox" formControlName="securityCheckDone" />
                    <label class="govuk-label govuk-checkboxes__label" for="securityCheckDone">Security check done</label>
                  </div>
                  <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id="riskAssessmentDone" name="riskAssessmentDone" type="checkbox" formControlName="riskAssessmentDone" />
                    <label class="govuk-label govuk-checkboxes__label" for="riskAssessmentDone">Risk assessment done</label>
                  </div>
                </div>
              </fieldset>
            </div>
            <pp-date-input [group]="form.controls.decidedOn" fieldId="decidedOn" legend="Date of decision" [error]="fieldError()['decidedOn-day']" />
            <pp-textarea fieldId="notes" label="Notes (optional)" hint="Who did the checks, and anything the next coordinator should know." [rows]="3" [error]="fieldError()['notes']" formControlName="notes" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
              <a class="govuk-link" routerLink="/buddies">Cancel</a>
            </div>
          </form>
        }
      } @else if (request(); as request) {
        <h1 class="govuk-heading-l">Check the decision before recording it</h1>
        <dl class="govuk-summary-list" data-testid="bulk-selection-review">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Decision</dt>
            <dd class="govuk-summary-list__value">{{ request.outcome === 'approved' ? 'Approve' : 'Decline' }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Checks done</dt>
            <dd class="govuk-summary-list__value">
              Security check: {{ request.securityCheckDone ? 'done' : 'not done' }}<br />Risk assessment: {{ request.riskAssessmentDone ? 'done' : 'not done' }}
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Date of decision</dt>
            <dd class="govuk-summary-list__value">{{ formatDate(request.decidedOn) }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Notes</dt>
            <dd class="govuk-summary-list__value">{{ request.notes || 'None' }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Applicants ({{ chosenPeople().length }})</dt>
            <dd class="govuk-summary-list__value">
              <ul class="govuk-list">
                @for (person of chosenPeople(); track person.id) {
                  <li>{{ name(person) }}, {{ person.prisonNumber }}</li>
                }
              </ul>
            </dd>
          </div>
        </dl>
        <p class="govuk-body">Each applicant's record will show this decision. If any of them cannot have it, nothing is recorded and you will see why.</p>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="record()">
            Record {{ chosenPeople().length }} {{ chosenPeople().length === 1 ? 'decision' : 'decisions' }}
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="change()">Change</button>
        </div>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkSelectionPage {
  private readonly api = inject(BuddiesApi);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The search and page shown; people chosen on earlier pages stay chosen. */
  protected readonly query = signal(FIRST_PAGE);
  protected readonly applicants = applicantsResource(this.query);
  protected readonly result = computed(() => valueOf(this.applicants));
  /** Nobody at all waiting (not merely nobody matching a search). */
  protected readonly nobodyWaiting = computed(() => this.result()?.total === 0 && !this.query().search && this.query().page === 1);
  protected readonly describe = (b: BuddySummary) => `${b.prisonName}, applied ${formatDate(b.appliedOn)}`;
  protected readonly chosenPeople = signal<readonly BuddySummary[]>([]);
  protected readonly chosen = computed(() => this.chosenPeople().map((b) => b.id));
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
  protected readonly step = signal<'choose' | 'review'>('choose');
  protected readonly request = signal<RecordSelectionRequest | null>(null);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly recorded = signal<string | null>(null);
  protected readonly decidedPeople = signal<readonly { buddyId: string; prisonNumber: string; firstName: string; lastName: string }[]>([]);
  protected readonly name = name;
  protected readonly formatDate = formatDate;

  /** The same rules as the API (the domain's), so review shows only a decision that can be recorded. */
  protected review(): void {
    const errors: SummaryError[] = [];
    if (!this.chosen().length) errors.push({ field: 'buddyIds', text: 'Choose at least one applicant' });
    // The API records up to 100 at a time (all or none), so more than that is two rounds.
    else if (this.chosen().length > MAX_AT_ONCE) errors.push({ field: 'buddyIds', text: `Choose up to ${MAX_AT_ONCE} applicants at a time: ${this.chosen().length} are chosen` });
    const checked = selectionRequestOf(this.form.getRawValue(), '0000-01-01', todayIso());
    if (checked.errors) errors.push(...checked.errors);
    else {
      const { people } = bulkSelectionProblems(checked.request, this.chosenPeople().map((b) => ({ ...b, released: false })), todayIso());
      for (const { applicant, reasons } of people) for (const reason of reasons) errors.push({ field: 'buddyIds', text: `${name(applicant)}: ${reason.message}` });
    }
    this.errors.set(errors);
    if (errors.length || !checked.request) return;
    this.request.set(checked.request);
    this.step.set('review');
  }

  protected change(): void {
    this.errors.set([]);
    this.step.set('choose');
  }

  protected async record(): Promise<void> {
    const request = this.request();
    if (!request || this.saving()) return;
    this.saving.set(true);
    try {
      const decided = await this.api.recordBulkSelection({ ...request, buddyIds: [...this.chosen()] });
      this.errors.set([]);
      this.decidedPeople.set(decided);
      this.recorded.set(`Selection decision recorded for ${decided.length} ${decided.length === 1 ? 'applicant' : 'applicants'}: ${request.outcome}.`);
    } catch (error) {
      this.errors.set(bulkErrorsOf(error, selectionFieldId));
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import type { PrisonSummary } from '@peerpath/contracts';

/**
 * The fields that name a person in prison: prison number, first and last name, and the prison.
 * They bind to the `prisonNumber`, `firstName`, `lastName` and `prisonCode` controls of the
 * enclosing `[formGroup]`, and use those names as ids, which is what error summary links point at.
 */
@Component({
  selector: 'pp-person-fields',
  imports: [ReactiveFormsModule],
  viewProviders: [{ provide: ControlContainer, useExisting: FormGroupDirective }],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError()['prisonNumber']">
      <label class="govuk-label govuk-label--s" for="prisonNumber">Prison number</label>
      <div id="prisonNumber-hint" class="govuk-hint">For example A1234BC</div>
      @if (fieldError()['prisonNumber']; as message) {
        <p id="prisonNumber-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <input
        class="govuk-input govuk-input--width-10"
        [class.govuk-input--error]="fieldError()['prisonNumber']"
        id="prisonNumber"
        name="prisonNumber"
        type="text"
        spellcheck="false"
        autocomplete="off"
        [attr.aria-describedby]="fieldError()['prisonNumber'] ? 'prisonNumber-hint prisonNumber-error' : 'prisonNumber-hint'"
        formControlName="prisonNumber"
      />
    </div>

    <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError()['firstName']">
      <label class="govuk-label govuk-label--s" for="firstName">First name</label>
      @if (fieldError()['firstName']; as message) {
        <p id="firstName-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <input
        class="govuk-input govuk-!-width-two-thirds"
        [class.govuk-input--error]="fieldError()['firstName']"
        id="firstName"
        name="firstName"
        type="text"
        spellcheck="false"
        autocomplete="off"
        [attr.aria-describedby]="fieldError()['firstName'] ? 'firstName-error' : null"
        formControlName="firstName"
      />
    </div>

    <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError()['lastName']">
      <label class="govuk-label govuk-label--s" for="lastName">Last name</label>
      @if (fieldError()['lastName']; as message) {
        <p id="lastName-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <input
        class="govuk-input govuk-!-width-two-thirds"
        [class.govuk-input--error]="fieldError()['lastName']"
        id="lastName"
        name="lastName"
        type="text"
        spellcheck="false"
        autocomplete="off"
        [attr.aria-describedby]="fieldError()['lastName'] ? 'lastName-error' : null"
        formControlName="lastName"
      />
    </div>

    <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError()['prisonCode']">
      <label class="govuk-label govuk-label--s" for="prisonCode">Prison</label>
      @if (fieldError()['prisonCode']; as message) {
        <p id="prisonCode-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <select
        class="govuk-select"
        [class.govuk-select--error]="fieldError()['prisonCode']"
        id="prisonCode"
        name="prisonCode"
        [attr.aria-describedby]="fieldError()['prisonCode'] ? 'prisonCode-error' : null"
        formControlName="prisonCode"
      >
        @if (prisons().length !== 1) {
          <option value="">Select a prison</option>
        }
        @for (prison of prisons(); track prison.code) {
          <option [value]="prison.code">{{ prison.name }} ({{ prison.code }})</option>
        }
      </select>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFields {
  /** The prisons to choose from; with exactly one there is no "Select a prison" option. */
  readonly prisons = input.required<readonly PrisonSummary[]>();
  /** Error messages by field name, as `messagesByField` gives them. */
  readonly fieldError = input<Readonly<Record<string, string>>>({});
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import type { PrisonSummary } from '@peerpath/contracts';
import { Select } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/**
 * The fields that name a person in prison: prison number, first and last name, and the prison.
 * They bind to the `prisonNumber`, `firstName`, `lastName` and `prisonCode` controls of the
 * enclosing `[formGroup]`, and use those names as ids, which is what error summary links point at.
 */
@Component({
  selector: 'pp-person-fields',
  imports: [ReactiveFormsModule, TextInput, Select],
  viewProviders: [{ provide: ControlContainer, useExisting: FormGroupDirective }],
  template: `
    <pp-text-input
      fieldId="prisonNumber"
      label="Prison number"
      hint="For example A1234BC"
      widthClass="govuk-input--width-10"
      autocomplete="off"
      [spellcheck]="false"
      [error]="fieldError()['prisonNumber']"
      formControlName="prisonNumber"
    />
    <pp-text-input
      fieldId="firstName"
      label="First name"
      widthClass="govuk-!-width-two-thirds"
      autocomplete="off"
      [spellcheck]="false"
      [error]="fieldError()['firstName']"
      formControlName="firstName"
    />
    <pp-text-input
      fieldId="lastName"
      label="Last name"
      widthClass="govuk-!-width-two-thirds"
      autocomplete="off"
      [spellcheck]="false"
      [error]="fieldError()['lastName']"
      formControlName="lastName"
    />
    <pp-select
      fieldId="prisonCode"
      label="Prison"
      [placeholder]="prisons().length === 1 ? undefined : 'Select a prison'"
      [items]="prisonOptions()"
      [error]="fieldError()['prisonCode']"
      formControlName="prisonCode"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFields {
  /** The prisons to choose from; with exactly one there is no "Select a prison" option. */
  readonly prisons = input.required<readonly PrisonSummary[]>();
  /** Error messages by field name, as `messagesByField` gives them. */
  readonly fieldError = input<Readonly<Record<string, string>>>({});

  protected readonly prisonOptions = computed(() => prisonItems(this.prisons()));
}

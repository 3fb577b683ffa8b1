import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormGroup, FormControl, ReactiveFormsModule } from '@angular/forms';

export type DatePartsGroup = FormGroup<{ day: FormControl<string>; month: FormControl<string>; year: FormControl<string> }>;

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset. The day box's id is
 * `<fieldId>-day`, which is what error summary links point at.
 */
@Component({
  selector: 'pp-date-input',
  imports: [ReactiveFormsModule],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <fieldset class="govuk-fieldset" role="group" [attr.aria-describedby]="describedBy()">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ legend() }}</legend>
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
        @if (error(); as message) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'">
            <span class="govuk-visually-hidden">Error:</span> {{ message }}
          </p>
        }
        <div class="govuk-date-input" [id]="fieldId()" [formGroup]="group()">
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-day'">Day</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-2"
                [class.govuk-input--error]="error()"
                [id]="fieldId() + '-day'"
                [name]="fieldId() + '-day'"
                type="text"
                inputmode="numeric"
                formControlName="day"
              />
            </div>
          </div>
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-month'">Month</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-2"
                [class.govuk-input--error]="error()"
                [id]="fieldId() + '-month'"
                [name]="fieldId() + '-month'"
                type="text"
                inputmode="numeric"
                formControlName="month"
              />
            </div>
          </div>
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-year'">Year</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-4"
                [class.govuk-input--error]="error()"
                [id]="fieldId() + '-year'"
                [name]="fieldId() + '-year'"
                type="text"
                inputmode="numeric"
                formControlName="year"
              />
            </div>
          </div>
        </div>
      </fieldset>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateInput {
  readonly group = input.required<DatePartsGroup>();
  /** Prefix of the ids, normally the request field's name (e.g. "appliedOn"). */
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input('For example, 27 3 2026');
  readonly error = input<string | undefined>(undefined);

  protected readonly describedBy = computed(() =>
    [`${this.fieldId()}-hint`, this.error() ? `${this.fieldId()}-error` : null].filter(Boolean).join(' '),
  );
}

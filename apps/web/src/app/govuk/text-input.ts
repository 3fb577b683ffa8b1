import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FieldIntro } from '@peerpath/web/govuk/field-intro';
import { LabelledField, provideField } from '@peerpath/web/govuk/field';

/**
 * The GOV.UK text input, in its form group with label, hint and error message.
 * `<pp-text-input fieldId="name" label="Cohort name" hint="For example, …" [error]="fieldError()['name']" formControlName="name" />`
 */
@Component({
  selector: 'pp-text-input',
  imports: [FieldIntro, NgTemplateOutlet],
  providers: [provideField(() => TextInput)],
  template: `
    <ng-template #inputTemplate>
      <input
        #box
        class="govuk-input"
        [class]="widthClass()"
        [class.govuk-input--error]="error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [type]="type()"
        [attr.inputmode]="inputmode()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="spellcheck()"
        [attr.autocapitalize]="autocapitalize()"
        [attr.aria-describedby]="describedBy()"
        [value]="value()"
        [disabled]="disabled()"
        (input)="changed(box.value)"
        (blur)="touched()"
      />
    </ng-template>
    <div class="govuk-form-group" [class]="formGroupClass()" [class.govuk-form-group--error]="error()">
      <pp-field-intro />
      @if (prefix() || suffix()) {
        <div class="govuk-input__wrapper">
          @if (prefix(); as prefix) {
            <div class="govuk-input__prefix" aria-hidden="true">{{ prefix }}</div>
          }
          <ng-container [ngTemplateOutlet]="inputTemplate" />
          @if (suffix(); as suffix) {
            <div class="govuk-input__suffix" aria-hidden="true">{{ suffix }}</div>
          }
        </div>
      } @else {
        <ng-container [ngTemplateOutlet]="inputTemplate" />
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextInput extends LabelledField {
  readonly type = input<'text' | 'search' | 'password'>('text');
  /** Width modifier, e.g. "govuk-input--width-10" or "govuk-!-width-two-thirds"; none for full width. */
  readonly widthClass = input('');
  readonly inputmode = input<'numeric' | 'decimal'>();
  readonly autocomplete = input<string>();
  /** False for codes, numbers and names, which a spellchecker would mark wrong. */
  readonly spellcheck = input<boolean>();
  readonly autocapitalize = input<string>();
  /** A unit after the box, e.g. "hours"; hidden from screen readers, so say it in the label or hint too. */
  readonly suffix = input<string>();
  /** A unit before the box, e.g. "£"; hidden from screen readers like the suffix. */
  readonly prefix = input<string>();
}

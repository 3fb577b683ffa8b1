import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldIntro } from '@peerpath/web/govuk/field-intro';
import { LabelledField, provideField } from '@peerpath/web/govuk/field';

/**
 * The GOV.UK textarea, in its form group with label, hint and error message.
 * `<pp-textarea fieldId="notes" label="Notes (optional)" [rows]="4" [error]="fieldError()['notes']" formControlName="notes" />`
 */
@Component({
  selector: 'pp-textarea',
  imports: [FieldIntro],
  providers: [provideField(() => Textarea)],
  template: `
    <div class="govuk-form-group" [class]="formGroupClass()" [class.govuk-form-group--error]="error()">
      <pp-field-intro />
      <textarea
        #box
        class="govuk-textarea"
        [class.govuk-textarea--error]="error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [rows]="rows()"
        [attr.aria-describedby]="describedBy()"
        [value]="value()"
        [disabled]="disabled()"
        (input)="changed(box.value)"
        (blur)="touched()"
      ></textarea>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Textarea extends LabelledField {
  readonly rows = input(5);
}

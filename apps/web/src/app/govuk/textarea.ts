import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FieldIntro } from '@peerpath/web/govuk/field-intro';
import { LabelledField, provideField } from '@peerpath/web/govuk/field';

/** Characters on a line of a two-thirds-width GOV.UK textarea on a desktop screen (19px Arial), erring short. */
const CHARACTERS_PER_LINE = 60;

/** Rows that show the whole text without scrolling inside the box, with one spare line to type into. */
export function rowsToShow(text: string, perLine = CHARACTERS_PER_LINE): number {
  return text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / perLine)), 0) + 1;
}

/**
 * The GOV.UK textarea, in its form group with label, hint and error message.
 * `<pp-textarea fieldId="notes" label="Notes (optional)" [rows]="4" [error]="fieldError()['notes']" formControlName="notes" />`
 * With `[fitText]="true"` it grows (never shrinks below `rows`) to show the whole text as it is typed.
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
        [rows]="shownRows()"
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
  /** Grow to show all the text, so that a long criterion can be read whole without scrolling inside it. */
  readonly fitText = input(false);

  protected readonly shownRows = computed(() => (this.fitText() ? Math.max(this.rows(), rowsToShow(this.value())) : this.rows()));
}

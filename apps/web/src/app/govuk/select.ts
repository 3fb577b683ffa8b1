import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldIntro } from '@peerpath/web/govuk/field-intro';
import { LabelledField, provideField } from '@peerpath/web/govuk/field';

/** One option of a select. */
export interface SelectItem {
  readonly value: string;
  readonly text: string;
}

/** Options under a heading (`<optgroup>`), e.g. people by prison. */
export interface SelectGroup {
  readonly label: string;
  readonly items: readonly SelectItem[];
}

const isGroup = (option: SelectItem | SelectGroup): option is SelectGroup => 'items' in option;

/**
 * The GOV.UK select, in its form group with label, hint and error message. The options are data,
 * not projected `<option>`s, so that each one is marked selected from the value even when the
 * options arrive after it (a list still loading when the form is filled in).
 * Content goes between the messages and the select, as GOV.UK's `formGroup.beforeInput`.
 * `<pp-select fieldId="prisonCode" label="Prison" placeholder="Select a prison" [items]="prisons()" formControlName="prisonCode" />`
 */
@Component({
  selector: 'pp-select',
  imports: [FieldIntro],
  providers: [provideField(() => Select)],
  template: `
    <div class="govuk-form-group" [class]="formGroupClass()" [class.govuk-form-group--error]="error()">
      <pp-field-intro />
      <ng-content />
      <select
        #box
        class="govuk-select"
        [class]="widthClass()"
        [class.govuk-select--error]="error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [attr.aria-describedby]="describedBy()"
        [disabled]="disabled()"
        (change)="changed(box.value)"
        (blur)="touched()"
      >
        @if (placeholder(); as placeholder) {
          <option value="" [selected]="value() === ''">{{ placeholder }}</option>
        }
        @for (option of items(); track $index) {
          @if (isGroup(option)) {
            <optgroup [label]="option.label">
              @for (item of option.items; track item.value) {
                <option [value]="item.value" [selected]="item.value === value()">{{ item.text }}</option>
              }
            </optgroup>
          } @else {
            <option [value]="option.value" [selected]="option.value === value()">{{ option.text }}</option>
          }
        }
      </select>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Select extends LabelledField {
  readonly items = input.required<readonly (SelectItem | SelectGroup)[]>();
  /** A first option with the empty value, e.g. "Select a prison" or "All prisons". */
  readonly placeholder = input<string>();
  /** Width modifier, e.g. "govuk-!-width-full". */
  readonly widthClass = input('');

  protected readonly isGroup = isGroup;
}

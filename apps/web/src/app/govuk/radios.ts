import { ChangeDetectionStrategy, Component, forwardRef, input } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { GovukField } from '@peerpath/web/govuk/field';

/** One radio: its value, its label and, optionally, a hint under it. */
export interface RadioItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: string;
  /** The input's id; `<fieldId>-<value>` unless given (some pages give the first radio the bare field id). */
  readonly id?: string;
}

/**
 * GOV.UK radios in a fieldset with legend, hint and error message. `fieldId` is the radios' name
 * and the prefix of every id: `<fieldId>-hint`, `<fieldId>-error` and, unless an item says
 * otherwise, `<fieldId>-<value>` for each radio, which is what error summary links point at.
 * `<pp-radios fieldId="outcome" legend="Decision" [items]="decisions" [error]="fieldError()['outcome-approved']" formControlName="outcome" />`
 */
@Component({
  selector: 'pp-radios',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => Radios), multi: true }],
  template: `
    <div class="govuk-form-group" [class]="formGroupClass()" [class.govuk-form-group--error]="error()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy()">
        <legend class="govuk-fieldset__legend" [class]="legendClass()">{{ legend() }}</legend>
        @if (hint(); as hint) {
          <div class="govuk-hint" [id]="hintId()">{{ hint }}</div>
        }
        @if (error(); as message) {
          <p class="govuk-error-message" [id]="errorId()"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="govuk-radios" [class.govuk-radios--small]="small()" [class.govuk-radios--inline]="inline()" data-module="govuk-radios">
          @for (item of items(); track item.value) {
            @let id = item.id ?? fieldId() + '-' + item.value;
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                type="radio"
                [id]="id"
                [name]="fieldId()"
                [value]="item.value"
                [checked]="item.value === value()"
                [disabled]="disabled()"
                [attr.aria-describedby]="item.hint ? id + '-hint' : null"
                (change)="changed(item.value)"
                (blur)="touched()"
              />
              <label class="govuk-label govuk-radios__label" [for]="id">{{ item.text }}</label>
              @if (item.hint) {
                <div class="govuk-hint govuk-radios__hint" [id]="id + '-hint'">{{ item.hint }}</div>
              }
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Radios extends GovukField {
  readonly legend = input.required<string>();
  /** The legend's size modifier. */
  readonly legendClass = input('govuk-fieldset__legend--s');
  readonly items = input.required<readonly RadioItem[]>();
  readonly small = input(false);
  /** Side by side, for two short answers such as Yes and No. */
  readonly inline = input(false);
}

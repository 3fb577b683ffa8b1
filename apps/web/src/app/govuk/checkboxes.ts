import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';

/** One checkbox: its value, its label and, optionally, a hint under it. */
export interface CheckboxItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: string;
}

/**
 * GOV.UK checkboxes in a fieldset with legend, hint and error message, bound to the list of
 * values ticked. `fieldId` names the group (the id error summary links point at) and prefixes
 * every id: `<fieldId>-hint`, `<fieldId>-error`, `<fieldId>-<n>` for the nth box.
 * `<pp-checkboxes fieldId="buddyIds" legend="Applicants" [items]="applicants()" [(values)]="chosen" />`
 */
@Component({
  selector: 'pp-checkboxes',
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy()">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{ legend() }}</legend>
        @if (hint(); as hint) {
          <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint }}</div>
        }
        @if (error(); as message) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="govuk-checkboxes govuk-checkboxes--small" [id]="fieldId()" data-module="govuk-checkboxes">
          @for (item of items(); track item.value; let n = $index) {
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                type="checkbox"
                [id]="fieldId() + '-' + n"
                [name]="fieldId()"
                [value]="item.value"
                [checked]="values().includes(item.value)"
                [attr.aria-describedby]="item.hint ? fieldId() + '-' + n + '-hint' : null"
                (change)="toggle(item.value, $any($event.target).checked)"
              />
              <label class="govuk-label govuk-checkboxes__label" [for]="fieldId() + '-' + n">{{ item.text }}</label>
              @if (item.hint; as hint) {
                <div class="govuk-hint govuk-checkboxes__hint" [id]="fieldId() + '-' + n + '-hint'">{{ hint }}</div>
              }
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Checkboxes {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string>();
  readonly error = input<string>();
  readonly items = input.required<readonly CheckboxItem[]>();
  /**
   * The values ticked, in the order of the items. Values not among the items (ticked on another
   * page of a long list) are kept, ahead of them.
   */
  readonly values = model<readonly string[]>([]);

  protected readonly describedBy = computed(() => [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : ''].filter(Boolean).join(' ') || null);

  protected toggle(value: string, checked: boolean): void {
    const ticked = new Set(this.values());
    if (checked) ticked.add(value);
    else ticked.delete(value);
    const shown = this.items().map((item) => item.value);
    this.values.set([...this.values().filter((v) => !shown.includes(v)), ...shown.filter((v) => ticked.has(v))]);
  }
}

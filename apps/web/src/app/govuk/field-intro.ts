import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The label, hint and error message above a text input, textarea or select, in GOV.UK order and
 * with the ids (`<fieldId>-hint`, `<fieldId>-error`) the field's aria-describedby names.
 * Used inside the field components; pages use those.
 */
@Component({
  selector: 'pp-field-intro',
  imports: [NgTemplateOutlet],
  template: `
    <ng-template #labelTemplate>
      <label class="govuk-label" [class]="labelClass()" [for]="fieldId()">{{ label() }}</label>
    </ng-template>
    @switch (labelHeading()) {
      @case ('h1') {
        <h1 class="govuk-label-wrapper"><ng-container [ngTemplateOutlet]="labelTemplate" /></h1>
      }
      @case ('h2') {
        <h2 class="govuk-label-wrapper"><ng-container [ngTemplateOutlet]="labelTemplate" /></h2>
      }
      @default {
        <ng-container [ngTemplateOutlet]="labelTemplate" />
      }
    }
    @if (hint(); as hint) {
      <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint }}</div>
    }
    @if (error(); as message) {
      <p class="govuk-error-message" [id]="fieldId() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldIntro {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly labelClass = input.required<string>();
  readonly labelHeading = input<'h1' | 'h2'>();
  readonly hint = input<string>();
  readonly error = input<string>();
}

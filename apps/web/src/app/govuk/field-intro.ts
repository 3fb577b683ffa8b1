import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LabelledField } from '@peerpath/web/govuk/field';

/**
 * The label, hint and error message above a text input, textarea or select, in GOV.UK order and
 * with the ids (`<fieldId>-hint`, `<fieldId>-error`) the field's aria-describedby names.
 * Used inside the field components, which provide themselves as its LabelledField; pages use those.
 */
@Component({
  selector: 'pp-field-intro',
  imports: [NgTemplateOutlet],
  template: `
    <ng-template #labelTemplate>
      <label class="govuk-label" [class]="field.labelClass()" [for]="field.fieldId()">{{ field.label() }}</label>
    </ng-template>
    @switch (field.labelHeading()) {
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
    @if (field.hint(); as hint) {
      <div class="govuk-hint" [id]="field.fieldId() + '-hint'">{{ hint }}</div>
    }
    @if (field.error(); as message) {
      <p class="govuk-error-message" [id]="field.fieldId() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldIntro {
  protected readonly field = inject(LabelledField);
}

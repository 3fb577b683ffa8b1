import { computed, Directive, forwardRef, input, model, signal, Type } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

/**
 * Registers a field component as the value accessor for `formControlName` and `[formControl]` on
 * its element, and as the LabelledField its `<pp-field-intro>` reads its label, hint and error from.
 */
export function provideField(component: () => Type<unknown>) {
  return [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(component), multi: true },
    { provide: LabelledField, useExisting: forwardRef(component) },
  ];
}

/**
 * What every GOV.UK field shares: an id (which error summary links point at), a hint with the id
 * `<fieldId>-hint`, an error message with the id `<fieldId>-error`, and a value.
 *
 * The value binds two ways, because the pages do both: `formControlName="x"` inside a reactive
 * `[formGroup]`, or `[(value)]="aSignal"` on a page that keeps what is typed in signals. Either way
 * it is the one `value` model, so the field renders the same.
 */
@Directive()
export abstract class GovukField implements ControlValueAccessor {
  /** The id of the input, normally the request field's name; ids of the hint and error derive from it. */
  readonly fieldId = input.required<string>();
  readonly hint = input<string>();
  /** The inline error message, as `messagesByField` gives it; none when the field is fine. */
  readonly error = input<string | undefined>(undefined);
  readonly value = model('');
  /** Extra classes for the form group, e.g. a spacing override; as GOV.UK's `formGroup.classes`. */
  readonly formGroupClass = input('');

  protected readonly disabled = signal(false);
  protected readonly hintId = computed(() => (this.hint() ? `${this.fieldId()}-hint` : null));
  protected readonly errorId = computed(() => (this.error() ? `${this.fieldId()}-error` : null));
  /** Hint first, then error, as GOV.UK orders them; null (no attribute) when there is neither. */
  protected readonly describedBy = computed(() => [this.hintId(), this.errorId()].filter(Boolean).join(' ') || null);

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  /** What the person chose or typed. */
  protected changed(value: string): void {
    this.value.set(value);
    this.onChange(value);
  }

  protected touched(): void {
    this.onTouched();
  }

  writeValue(value: unknown): void {
    this.value.set(value === null || value === undefined ? '' : String(value));
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}

/** A field with a `<label>` above it: text input, textarea, select, character count. */
@Directive()
export abstract class LabelledField extends GovukField {
  readonly label = input.required<string>();
  /** The label's size modifier; empty for a plain label (e.g. fields nested in a fieldset). */
  readonly labelClass = input('govuk-label--s');
  /** Wraps the label in a heading of this level, when the question is the section's heading. */
  readonly labelHeading = input<'h1' | 'h2'>();
}

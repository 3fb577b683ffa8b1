import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { FieldIntro } from '@peerpath/web/govuk/field-intro';
import { LabelledField, provideField } from '@peerpath/web/govuk/field';

/** How long typing must pause before screen readers hear the count (GOV.UK Frontend waits likewise). */
const ANNOUNCE_AFTER_MS = 1000;

/** "You have 12 characters remaining" / "You have 1 character too many", as GOV.UK Frontend words it. */
export function countMessage(maxlength: number, length: number): string {
  const remaining = maxlength - length;
  const count = Math.abs(remaining);
  const characters = count === 1 ? 'character' : 'characters';
  return remaining < 0 ? `You have ${count} ${characters} too many` : `You have ${count} ${characters} remaining`;
}

/**
 * The GOV.UK character count: a textarea that says how many characters are left. The markup is
 * GOV.UK Frontend's after its script has run, kept up to date here instead (this app does not
 * load that script). Going over the limit is shown but not prevented, as GOV.UK advises: the
 * check on submit says what to fix.
 * `<pp-character-count fieldId="reason" label="Reason" [maxlength]="500" [error]="fieldErrors()['reason']" [(value)]="reason" />`
 */
@Component({
  selector: 'pp-character-count',
  imports: [FieldIntro],
  providers: [provideField(() => CharacterCount)],
  template: `
    <div class="govuk-form-group govuk-character-count" [class]="formGroupClass()" [class.govuk-form-group--error]="error()">
      <pp-field-intro />
      <textarea
        #box
        class="govuk-textarea govuk-js-character-count"
        [class.govuk-textarea--error]="error() || over()"
        [id]="fieldId()"
        [name]="fieldId()"
        [rows]="rows()"
        [attr.aria-describedby]="countDescribedBy()"
        [value]="value()"
        [disabled]="disabled()"
        (input)="typed(box.value)"
        (blur)="touched()"
      ></textarea>
      <div class="govuk-hint govuk-character-count__message govuk-visually-hidden" [id]="fieldId() + '-info'">
        You can enter up to {{ maxlength() }} characters
      </div>
      <div
        class="govuk-character-count__message govuk-character-count__status"
        [class.govuk-hint]="!over()"
        [class.govuk-error-message]="over()"
        aria-hidden="true"
      >
        {{ status() }}
      </div>
      <div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">{{ announced() }}</div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharacterCount extends LabelledField {
  readonly maxlength = input.required<number>();
  readonly rows = input(5);

  protected readonly status = computed(() => countMessage(this.maxlength(), this.value().length));
  protected readonly over = computed(() => this.value().length > this.maxlength());
  /** The count message, as GOV.UK Frontend orders it: before the hint and error. */
  protected readonly countDescribedBy = computed(() => [`${this.fieldId()}-info`, this.describedBy()].filter(Boolean).join(' '));
  /** The status for screen readers, updated once typing pauses so that not every key is read out. */
  protected readonly announced = signal('');

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typed(text: string): void {
    this.changed(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announced.set(this.status()), ANNOUNCE_AFTER_MS);
  }
}

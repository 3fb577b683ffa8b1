import { ChangeDetectionStrategy, Component, computed, DestroyRef, forwardRef, inject, input, model, signal } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { GovukField } from '@peerpath/web/govuk/field';
import type { RadioItem } from '@peerpath/web/govuk/radios';

/** How long the picker waits after the last key before searching. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A type-ahead that searches on the server: a GOV.UK text input, and the matches as GOV.UK radios
 * under it, in one fieldset. Typing pauses, then `query` changes and the page asks the API; the
 * count of matches is announced politely. The chosen person stays first in the list while the
 * search changes, so a new search never silently drops the choice. Plain inputs throughout, so
 * Tab, arrow keys and Space work as they do everywhere else.
 *
 * The search box has the field's id, so an error summary link lands where the person can act;
 * each radio is `<fieldId>-<value>`.
 */
@Component({
  selector: 'pp-search-picker',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SearchPicker), multi: true }],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy()">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ legend() }}</legend>
        @if (hint(); as hint) {
          <div class="govuk-hint" [id]="hintId()">{{ hint }}</div>
        }
        @if (error(); as message) {
          <p class="govuk-error-message" [id]="errorId()"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <div class="govuk-form-group govuk-!-margin-bottom-2">
          <label class="govuk-label" [for]="fieldId()">{{ searchLabel() }}</label>
          <input
            #box
            class="govuk-input govuk-!-width-two-thirds"
            type="search"
            [id]="fieldId()"
            [name]="fieldId() + '-search'"
            autocomplete="off"
            spellcheck="false"
            [value]="typed()"
            [disabled]="disabled()"
            (input)="type(box.value)"
            (keydown.enter)="$event.preventDefault(); searchNow(box.value)"
          />
        </div>
        <p class="govuk-body-s govuk-!-margin-bottom-2" aria-live="polite" [attr.data-testid]="fieldId() + '-status'">{{ status() }}</p>
        @if (shown().length > 0) {
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios" [attr.data-testid]="fieldId() + '-matches'">
            @for (item of shown(); track item.value) {
              @let id = fieldId() + '-' + item.value;
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
                  (change)="choose(item)"
                  (blur)="touched()"
                />
                <label class="govuk-label govuk-radios__label" [for]="id">{{ item.text }}</label>
                @if (item.hint) {
                  <div class="govuk-hint govuk-radios__hint" [id]="id + '-hint'">{{ item.hint }}</div>
                }
              </div>
            }
          </div>
        }
      </fieldset>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPicker extends GovukField {
  readonly legend = input.required<string>();
  readonly searchLabel = input('Search by prison number or name');
  /** The matches for the current query, at most a page of them. */
  readonly items = input.required<readonly RadioItem[]>();
  /** How many match in all; more than `items` means the search should be narrowed. */
  readonly total = input(0);
  readonly loading = input(false);
  readonly failed = input(false);
  /** A person chosen elsewhere (e.g. named in the address), shown first until another is chosen. */
  readonly preselected = input<RadioItem>();
  /** What was typed, once typing pauses: the page searches for it. */
  readonly query = model('');

  protected readonly typed = signal('');
  private readonly picked = signal<RadioItem | undefined>(undefined);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The chosen person first, if the current matches do not include them, then the matches. */
  protected readonly shown = computed<readonly RadioItem[]>(() => {
    const chosen = [this.picked(), this.preselected()].find((item) => item && item.value === this.value());
    const items = this.items();
    return chosen && !items.some((item) => item.value === chosen.value) ? [chosen, ...items] : items;
  });

  protected readonly status = computed(() => {
    if (this.failed()) return 'Sorry, the search is not working right now. Try again later.';
    if (this.loading()) return 'Searching…';
    const n = this.items().length;
    const total = this.total();
    const what = this.query() ? ` matching “${this.query()}”` : '';
    if (total === 0) return `No one found${what}.`;
    if (total > n) return `Showing ${n} of ${total}${what}. Type more of a name or prison number to find someone.`;
    return `${total} ${total === 1 ? 'person' : 'people'} found${what}.`;
  });

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected type(text: string): void {
    this.typed.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.query.set(text.trim()), SEARCH_DEBOUNCE_MS);
  }

  protected searchNow(text: string): void {
    clearTimeout(this.timer);
    this.query.set(text.trim());
  }

  protected choose(item: RadioItem): void {
    this.picked.set(item);
    this.changed(item.value);
  }
}

import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { BuddySummary, Page } from '@peerpath/contracts';
import { CheckboxItem, Checkboxes } from '@peerpath/web/govuk/checkboxes';

/** What a bulk page asks the server for: the typed search and the page of matches shown. */
export interface ChooserQuery {
  readonly search: string;
  readonly page: number;
}

/** How many people a bulk page lists at once; the rest are a page away or a search away. */
export const CHOOSER_PAGE_SIZE = 50;

export const FIRST_PAGE: ChooserQuery = { search: '', page: 1 };

/**
 * Choosing several buddies from everyone the server matches, however many there are: a search
 * box, one page of checkboxes at a time with Previous and Next, and the people chosen kept
 * while the search or page changes, so a prison with 150 applicants can choose all of them.
 * The parent asks the server (with `query`) and passes the answer in as `result`.
 * `<pp-buddy-chooser fieldId="buddyIds" legend="Applicants" [result]="page()" [(query)]="query" [(chosen)]="chosen" />`
 */
@Component({
  selector: 'pp-buddy-chooser',
  imports: [Checkboxes],
  template: `
    <div class="govuk-form-group" role="search" [attr.aria-label]="'Find ' + legend().toLowerCase()">
      <label class="govuk-label govuk-label--s" [for]="fieldId() + '-search'">Search by name or prison number</label>
      <input
        #box
        class="govuk-input govuk-!-width-two-thirds govuk-!-margin-right-2 govuk-!-margin-bottom-2"
        type="search"
        spellcheck="false"
        autocomplete="off"
        [id]="fieldId() + '-search'"
        [value]="query().search"
        (keydown.enter)="$event.preventDefault(); search(box.value)"
      />
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" (click)="search(box.value)">Search</button>
    </div>
    @if (result(); as page) {
      <p class="govuk-body" [attr.data-testid]="fieldId() + '-showing'" aria-live="polite">{{ showing() }}</p>
      @if (page.items.length) {
        <pp-checkboxes [fieldId]="fieldId()" [legend]="legend()" [hint]="hint()" [error]="error()" [items]="items()" [values]="chosenIds()" (valuesChange)="pick($event)" />
        <div class="govuk-button-group">
          @if (unchosenShown() && page.items.length > 1) {
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="chooseAllShown()">Choose all {{ page.items.length }} shown</button>
          }
          @if (page.page > 1) {
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="turn(-1)">
              Previous<span class="govuk-visually-hidden"> {{ page.pageSize }}</span>
            </button>
          }
          @if (page.page * page.pageSize < page.total) {
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="turn(1)">
              Next<span class="govuk-visually-hidden"> {{ page.pageSize }}</span>
            </button>
          }
        </div>
      } @else if (error(); as message) {
        <p class="govuk-error-message" [id]="fieldId()"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
    } @else {
      <p class="govuk-body">Loading…</p>
    }
    <p class="govuk-body govuk-!-font-weight-bold" [attr.data-testid]="fieldId() + '-chosen'" aria-live="polite">{{ chosen().length }} chosen</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuddyChooser {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string>();
  readonly error = input<string>();
  /** The server's answer for `query`; undefined while it is asked. */
  readonly result = input<Page<BuddySummary> | undefined>();
  /** Each checkbox's hint, e.g. where and since when. */
  readonly describe = input<(buddy: BuddySummary) => string | undefined>(() => undefined);
  readonly query = model<ChooserQuery>(FIRST_PAGE);
  /** Everyone chosen, on this page or another, in the order they were chosen. */
  readonly chosen = model<readonly BuddySummary[]>([]);

  protected readonly items = computed<CheckboxItem[]>(() =>
    (this.result()?.items ?? []).map((b) => ({ value: b.id, text: `${b.firstName} ${b.lastName}, ${b.prisonNumber}`, hint: this.describe()(b) })),
  );
  protected readonly chosenIds = computed(() => this.chosen().map((b) => b.id));
  protected readonly unchosenShown = computed(() => this.items().some((item) => !this.chosenIds().includes(item.value)));
  protected readonly showing = computed(() => {
    const page = this.result();
    if (!page) return '';
    const search = this.query().search;
    if (!page.total) return search ? `No one found matching “${search}”.` : 'No one to choose.';
    const from = (page.page - 1) * page.pageSize + 1;
    const to = from + page.items.length - 1;
    const found = search ? `${page.total} found matching “${search}”` : `${page.total} in all`;
    return page.items.length ? `${found}. Showing ${from} to ${to}.` : `${found}. This page is past the end.`;
  });

  protected search(text: string): void {
    this.query.set({ search: text.trim(), page: 1 });
  }

  protected turn(by: number): void {
    this.query.update((q) => ({ ...q, page: Math.max(q.page + by, 1) }));
  }

  /** The checkboxes hold every chosen id; people are kept from the page they were chosen on. */
  protected pick(ids: readonly string[]): void {
    const shown = this.result()?.items ?? [];
    const kept = this.chosen().filter((b) => ids.includes(b.id));
    const added = shown.filter((b) => ids.includes(b.id) && !kept.some((k) => k.id === b.id));
    this.chosen.set([...kept, ...added]);
  }

  protected chooseAllShown(): void {
    const shown = this.result()?.items ?? [];
    this.chosen.set([...this.chosen(), ...shown.filter((b) => !this.chosen().some((c) => c.id === b.id))]);
  }
}

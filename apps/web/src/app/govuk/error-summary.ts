import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

/** Moves focus to a field named in an error summary; fieldsets and sections get a temporary tabindex. */
export function focusElement(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * The GOV.UK error summary. Whenever it receives a new, non-empty list it takes focus and the
 * page title gains "Error: " (GOV.UK pattern), which it drops again when the list empties.
 * Links move focus to the field rather than changing the URL (with <base href="/"> a bare
 * "#id" would navigate away).
 */
@Component({
  selector: 'pp-error-summary',
  template: `
    @if (errors().length > 0) {
      <div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1" #summary>
        <div role="alert">
          <h2 class="govuk-error-summary__title">There is a problem</h2>
          <div class="govuk-error-summary__body">
            <ul class="govuk-list govuk-error-summary__list">
              @for (error of errors(); track $index) {
                <li>
                  @if (error.field; as field) {
                    <a [href]="'#' + field" (click)="focusField($event, field)">{{ error.text }}</a>
                  } @else {
                    {{ error.text }}
                  }
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  readonly errors = input.required<readonly SummaryError[]>();

  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  constructor() {
    effect(() => {
      const shown = this.errors().length > 0;
      const current = this.title.getTitle().replace(/^Error: /, '');
      this.title.setTitle(shown ? `Error: ${current}` : current);
      if (shown) {
        afterNextRender({ write: () => this.summary()?.nativeElement.focus() }, { injector: this.injector });
      }
    });
  }

  protected focusField(event: Event, field: string): void {
    event.preventDefault();
    focusElement(field);
  }
}

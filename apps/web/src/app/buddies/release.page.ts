import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { BuddyRecordApi } from '@peerpath/web/buddies/buddy-record.api';
import { moveConsequences } from '@peerpath/web/buddies/moves';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';

/** /buddies/:id/release: closes the record, which is then kept read-only. */
@Component({
  selector: 'pp-release-page',
  imports: [RouterLink, ErrorSummary],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <a class="govuk-back-link" [routerLink]="['/buddies', id()]">Back to the buddy's record</a>
        <pp-error-summary [errors]="errors()" />
        @if (buddy.hasValue() ? buddy.value() : null; as buddy) {
          <span class="govuk-caption-l">{{ buddy.firstName }} {{ buddy.lastName }}, {{ buddy.prisonNumber }}</span>
          <h1 class="govuk-heading-l">Record release</h1>
          <p class="govuk-body">Record that {{ buddy.firstName }} {{ buddy.lastName }} has left prison today. When you do:</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>the people they support lose them as a buddy: those allocations end</li>
            <li>training in progress is withdrawn</li>
            <li>the record is closed: it is kept for the retention period; after today a certificate can only be revoked and a concern recorded, nothing else changes</li>
          </ul>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> A closed record cannot be opened again.</strong>
          </div>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="release()">
              Record release
            </button>
            <a class="govuk-link" [routerLink]="['/buddies', id()]">Cancel</a>
          </div>
        } @else if (buddy.error()) {
          <h1 class="govuk-heading-l">Record release</h1>
          <p class="govuk-body">Sorry, this record cannot be shown right now. Try again later.</p>
        } @else {
          <p class="govuk-body">Loading…</p>
        }
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleasePage {
  readonly id = input.required<string>();

  private readonly api = inject(BuddyRecordApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  protected readonly buddy = buddyResource(this.id);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);

  protected async release(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      const outcome = await this.api.release(this.id());
      this.errors.set([]);
      this.flash.set(`Release recorded: the record is closed. ${moveConsequences(outcome).join(' ')}`);
      await this.router.navigate(['/buddies', this.id()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, () => null));
    } finally {
      this.saving.set(false);
    }
  }
}

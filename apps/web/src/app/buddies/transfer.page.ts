import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MoveOutcome } from '@peerpath/contracts';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { BuddyRecordApi } from '@peerpath/web/buddies/buddy-record.api';
import { moveConsequences, OTHER_PRISON, transferChoices, transferTargetOf } from '@peerpath/web/buddies/moves';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { focusAfterRender } from '@peerpath/web/govuk/focus';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/**
 * /buddies/:id/transfer. After a transfer the sending prison may no longer see the buddy, so the
 * outcome is shown here, with the way back to the register, rather than on the record.
 */
@Component({
  selector: 'pp-transfer-page',
  imports: [RouterLink, ErrorSummary, TextInput, Select],
  template: `
    @if (outcome(); as outcome) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" id="transfer-confirmation-title" tabindex="-1">Transfer recorded</h1>
            <div class="govuk-panel__body">
              {{ outcome.buddy.firstName }} {{ outcome.buddy.lastName }} is now at {{ outcome.buddy.prisonName }}
            </div>
          </div>
          <h2 class="govuk-heading-m">What changed</h2>
          <ul class="govuk-list govuk-list--bullet" data-testid="move-consequences">
            @for (line of consequences(); track $index) {
              <li>{{ line }}</li>
            }
            <li>The training record and any certificate move with them.</li>
          </ul>
          <p class="govuk-body">{{ outcome.buddy.prisonName }}'s coordinator can now see the whole record.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/buddies">Go to the buddy register</a></p>
        </div>
      </div>
    } @else {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <a class="govuk-back-link" [routerLink]="['/buddies', id()]">Back to the buddy's record</a>
          <pp-error-summary [errors]="errors()" />
          @if (buddy.hasValue() ? buddy.value() : null; as buddy) {
            <span class="govuk-caption-l">{{ buddy.firstName }} {{ buddy.lastName }}, {{ buddy.prisonNumber }}</span>
            <h1 class="govuk-heading-l">Transfer to another prison</h1>
            <p class="govuk-body">When you record the transfer:</p>
            <ul class="govuk-list govuk-list--bullet">
              <li>the people they support at {{ buddy.prisonName }} lose them as a buddy: those allocations end</li>
              <li>training in progress at {{ buddy.prisonName }} is withdrawn, and the record of it kept</li>
              <li>their certificate stays valid and travels with them</li>
              <li>you may no longer see their record, unless you also coordinate at the new prison</li>
            </ul>
            <form (submit)="$event.preventDefault(); submit(buddy.prisonCode)" novalidate>
              <pp-select
                fieldId="toPrisonCode"
                label="Prison they are moving to"
                placeholder="Select a prison"
                [items]="choiceOptions()"
                [error]="fieldErrors()['toPrisonCode']"
                [(value)]="choice"
              />
              @if (choice() === other) {
                <pp-text-input
                  fieldId="otherPrisonCode"
                  label="Prison code"
                  hint="Three letters, for example HLI for Hull"
                  widthClass="govuk-input--width-4"
                  autocomplete="off"
                  [spellcheck]="false"
                  [error]="fieldErrors()['otherPrisonCode']"
                  [(value)]="otherCode"
                />
              }
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                  Record transfer
                </button>
                <a class="govuk-link" [routerLink]="['/buddies', id()]">Cancel</a>
              </div>
            </form>
          } @else if (buddy.error()) {
            <h1 class="govuk-heading-l">Transfer to another prison</h1>
            <p class="govuk-body">Sorry, this record cannot be shown right now. Try again later.</p>
          } @else {
            <p class="govuk-body">Loading…</p>
          }
        </div>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransferPage {
  readonly id = input.required<string>();

  private readonly api = inject(BuddyRecordApi);
  private readonly injector = inject(Injector);
  protected readonly buddy = buddyResource(this.id);
  private readonly prisons = prisonsResource();
  protected readonly choices = computed(() =>
    transferChoices(this.prisons.hasValue() ? this.prisons.value() : [], this.buddy.hasValue() ? this.buddy.value().prisonCode : ''),
  );
  protected readonly other = OTHER_PRISON;
  protected readonly choiceOptions = computed(() => [...prisonItems(this.choices()), { value: OTHER_PRISON, text: 'Another prison' }]);
  protected readonly choice = signal('');
  protected readonly otherCode = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly outcome = signal<MoveOutcome | null>(null);
  protected readonly consequences = computed(() => {
    const outcome = this.outcome();
    return outcome ? moveConsequences(outcome) : [];
  });

  protected async submit(currentCode: string): Promise<void> {
    if (this.saving()) return;
    const target = transferTargetOf(this.choice(), this.otherCode(), currentCode);
    if (target.error) {
      this.errors.set([target.error]);
      return;
    }
    this.saving.set(true);
    try {
      this.outcome.set(await this.api.transfer(this.id(), target.code));
      this.errors.set([]);
      // The form is replaced by the confirmation: focus moves to its heading.
      focusAfterRender(this.injector, 'transfer-confirmation-title');
    } catch (error) {
      const field = this.choice() === OTHER_PRISON ? 'otherPrisonCode' : 'toPrisonCode';
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'toPrisonCode' ? field : null)));
    } finally {
      this.saving.set(false);
    }
  }
}

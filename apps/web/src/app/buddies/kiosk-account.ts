import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { BuddyAccountView } from '@peerpath/contracts';
import { BuddyRecordApi } from '@peerpath/web/buddies/buddy-record.api';
import { pinOf } from '@peerpath/web/buddies/kiosk-pin';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { TextInput } from '@peerpath/web/govuk/text-input';

/**
 * How the buddy signs in at the kiosk: their prison number and a PIN the coordinator sets.
 * Five wrong tries lock the account until the coordinator sets a new PIN.
 */
@Component({
  selector: 'pp-kiosk-account',
  imports: [DatePipe, ErrorSummary, TextInput],
  template: `
    <dl class="govuk-summary-list" data-testid="kiosk-account">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Username</dt>
        <dd class="govuk-summary-list__value">{{ account().username }}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">PIN</dt>
        <dd class="govuk-summary-list__value" data-testid="pin-state">
          @if (account().locked) {
            <strong class="govuk-tag govuk-tag--red">Locked</strong> Too many wrong tries. Set a new PIN to unlock it.
          } @else if (account().hasPin) {
            <strong class="govuk-tag govuk-tag--green">Set</strong>
          } @else {
            <strong class="govuk-tag govuk-tag--grey">Not set</strong> The buddy cannot sign in yet.
          }
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Last signed in</dt>
        <dd class="govuk-summary-list__value">{{ account().lastSignedInAt ? (account().lastSignedInAt | ppDate) : 'Never' }}</dd>
      </div>
    </dl>
    @if (mayChange()) {
      <pp-error-summary [errors]="errors()" />
      <form (submit)="$event.preventDefault(); submit()" novalidate data-testid="pin-form">
        <pp-text-input
          fieldId="pin"
          type="password"
          [label]="account().hasPin ? 'New PIN' : 'PIN'"
          hint="6 to 12 digits, not one digit repeated or a run like 123456. Tell the buddy in private."
          widthClass="govuk-input--width-10"
          inputmode="numeric"
          autocomplete="new-password"
          [spellcheck]="false"
          [error]="fieldErrors()['pin']"
          [(value)]="pin"
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
          {{ account().hasPin ? 'Reset PIN' : 'Set a PIN' }}
        </button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KioskAccount {
  readonly buddyId = input.required<string>();
  readonly account = input.required<BuddyAccountView>();
  readonly mayChange = input(false);
  /** The account after the PIN was set. */
  readonly pinSet = output<BuddyAccountView>();

  private readonly api = inject(BuddyRecordApi);
  protected readonly pin = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const checked = pinOf(this.pin());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.saving.set(true);
    try {
      const account = await this.api.setPin(this.buddyId(), checked.pin);
      this.errors.set([]);
      this.pin.set('');
      this.pinSet.emit(account);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'pin' ? 'pin' : null)));
    } finally {
      this.saving.set(false);
    }
  }
}

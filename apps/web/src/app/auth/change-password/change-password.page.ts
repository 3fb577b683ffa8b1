import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, summaryErrorsOf, type SummaryError } from '@peerpath/web/govuk/form-errors';
import { TextInput } from '@peerpath/web/govuk/text-input';

/**
 * GOV.UK "Change your password". Someone given a temporary password (a new account) lands here
 * after signing in and can go nowhere else until they choose their own.
 */
@Component({
  selector: 'pp-change-password-page',
  imports: [ReactiveFormsModule, ErrorSummary, TextInput],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <pp-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l">Change your password</h1>
        @if (auth.mustChangePassword()) {
          <p class="govuk-body">You signed in with a temporary password. Choose your own password to continue.</p>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <pp-text-input
            fieldId="currentPassword"
            [label]="auth.mustChangePassword() ? 'Temporary password' : 'Current password'"
            type="password"
            widthClass="govuk-!-width-two-thirds"
            autocomplete="current-password"
            [error]="fieldError()['currentPassword']"
            formControlName="currentPassword"
          />
          <pp-text-input
            fieldId="newPassword"
            label="New password"
            [hint]="hint"
            type="password"
            widthClass="govuk-!-width-two-thirds"
            autocomplete="new-password"
            [error]="fieldError()['newPassword']"
            formControlName="newPassword"
          />
          <pp-text-input
            fieldId="confirmPassword"
            label="Confirm new password"
            type="password"
            widthClass="govuk-!-width-two-thirds"
            autocomplete="new-password"
            [error]="fieldError()['confirmPassword']"
            formControlName="confirmPassword"
          />
          <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
            Change password
          </button>
        </form>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly hint = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password. Do not use your username or a common password.`;
  protected readonly form = inject(NonNullableFormBuilder).group({ currentPassword: [''], newPassword: [''], confirmPassword: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const { currentPassword, newPassword, confirmPassword } = this.form.getRawValue();
    const missing: SummaryError[] = [];
    if (!currentPassword) missing.push({ field: 'currentPassword', text: this.auth.mustChangePassword() ? 'Enter your temporary password' : 'Enter your current password' });
    if (!newPassword) missing.push({ field: 'newPassword', text: 'Enter a new password' });
    else if (newPassword !== confirmPassword) missing.push({ field: 'confirmPassword', text: 'The passwords do not match: enter the new password again' });
    if (missing.length) {
      this.errors.set(missing);
      return;
    }
    this.saving.set(true);
    try {
      await this.auth.changePassword({ currentPassword, newPassword });
      this.errors.set([]);
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.errors.set(summaryErrorsOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}

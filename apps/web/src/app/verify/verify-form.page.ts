import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError } from '@peerpath/web/govuk/form-errors';
import { isVerificationCode, normaliseCode } from '@peerpath/web/verify/verification';
import { TextInput } from '@peerpath/web/govuk/text-input';

/** Public: check a certificate by the code printed under its QR code. */
@Component({
  selector: 'pp-verify-form-page',
  imports: [ReactiveFormsModule, ErrorSummary, TextInput],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <pp-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l">Check a buddy's certificate</h1>
        <p class="govuk-body">
          Scan the QR code on the certificate, or enter the code printed under it. You will see whether the certificate is valid.
        </p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <pp-text-input
            fieldId="code"
            label="Verification code"
            hint="The 10 letters and numbers printed under the QR code, for example K7QX-94MD-2R. Capital or small letters both work."
            widthClass="govuk-input--width-20"
            autocomplete="off"
            [spellcheck]="false"
            autocapitalize="none"
            [error]="fieldError()['code']"
            formControlName="code"
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">Check certificate</button>
        </form>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyFormPage {
  private readonly router = inject(Router);
  protected readonly form = inject(NonNullableFormBuilder).group({ code: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));

  protected async submit(): Promise<void> {
    const code = normaliseCode(this.form.getRawValue().code);
    if (!code) {
      this.errors.set([{ field: 'code', text: 'Enter the verification code' }]);
      return;
    }
    if (!isVerificationCode(code)) {
      this.errors.set([{ field: 'code', text: 'Enter the code as printed under the QR code, for example K7QX-94MD-2R' }]);
      return;
    }
    this.errors.set([]);
    await this.router.navigate(['/verify', code]);
  }
}

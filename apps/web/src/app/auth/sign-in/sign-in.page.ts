import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { safeReturnUrl } from '@peerpath/web/auth/return-url';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SERVICE_PROBLEM, SummaryError } from '@peerpath/web/govuk/form-errors';
import { TextInput } from '@peerpath/web/govuk/text-input';

type Field = 'username' | 'password';

const FIELDS: readonly Field[] = ['username', 'password'];

@Component({
  selector: 'pp-sign-in-page',
  imports: [ReactiveFormsModule, ErrorSummary, TextInput],
  templateUrl: './sign-in.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  /** Where the person was going (set by the guards and on session expiry); bound from the query. */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [''],
    password: [''],
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly submitting = signal(false);
  /** The inline message shown under each field, when there is one. */
  protected readonly fieldError = computed(() => messagesByField(this.errors()));

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const { username, password } = this.form.getRawValue();
    const missing: SummaryError[] = [];
    if (!username.trim()) missing.push({ field: 'username', text: 'Enter your username' });
    if (!password) missing.push({ field: 'password', text: 'Enter your password' });
    if (missing.length > 0) {
      this.errors.set(missing);
      return;
    }

    this.submitting.set(true);
    try {
      await this.auth.signIn({ username: username.trim(), password });
      this.errors.set([]);
      // Only an address on this site; the guards there still decide (a buddy ends at /me).
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? '/');
    } catch (error) {
      this.errors.set(this.describe(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private describe(error: unknown): SummaryError[] {
    const apiError = apiErrorOf(error);
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 401) {
      return [{ field: 'username', text: 'Enter a correct username and password' }];
    }
    if (status === 429 && apiError) {
      return [{ field: null, text: apiError.message }];
    }
    if (status === 400 && apiError?.fieldErrors) {
      const fieldErrors = apiError.fieldErrors;
      const perField = FIELDS.flatMap((field) =>
        (fieldErrors[field] ?? []).slice(0, 1).map((text) => ({ field, text })),
      );
      if (perField.length > 0) return perField;
    }
    return [{ field: null, text: apiError?.message ?? SERVICE_PROBLEM }];
  }
}

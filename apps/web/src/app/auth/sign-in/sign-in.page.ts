import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { safeReturnUrl } from '@peerpath/web/auth/return-url';
import { SessionEnd } from '@peerpath/web/auth/session/session-end';
import { idleTimeInWords } from '@peerpath/domain';
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
  private readonly sessionEnd = inject(SessionEnd);

  /** Why the person is here again, when their session ended rather than never started. */
  protected readonly ended = computed(() => {
    const reason = this.sessionEnd.reason();
    if (!reason) return null;
    const heading = reason.kind === 'timeout' ? 'You have been signed out' : 'Your session has ended';
    const why =
      reason.kind === 'timeout' && reason.idleSeconds
        ? `For your security, we signed you out after ${idleTimeInWords(reason.idleSeconds)} without activity.`
        : 'For your security, sessions end when they have not been used for a while.';
    const next = reason.keptWork ? 'Sign in again to save your work: what you typed is still there.' : 'Sign in again to carry on.';
    return { heading, text: `${why} ${next}` };
  });

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
      this.sessionEnd.clear();
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
      // The API's words: a buddy is told it is the PIN and how many tries are left.
      return [{ field: 'username', text: apiError?.code === 'INVALID_CREDENTIALS' ? apiError.message : 'Enter a correct username and password' }];
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

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { verificationResource } from '@peerpath/web/verify/verify.api';
import { isVerificationCode, STATUS_LABELS, STATUS_WORDS, verificationState } from '@peerpath/web/verify/verification';

/**
 * The public answer for one certificate: valid or not, and only the fields a verifier needs
 * (BRIEF: certification). Works signed out; the API limits how often it is asked.
 */
@Component({
  selector: 'pp-verify-page',
  imports: [RouterLink, DatePipe],
  templateUrl: './verify.page.html',
  styleUrl: './verify.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  /** Route parameter, bound by the router. */
  readonly code = input.required<string>();

  private readonly result = verificationResource(() => (isVerificationCode(this.code()) ? this.code() : undefined));
  protected readonly state = computed(() =>
    verificationState(this.code(), { value: this.result.hasValue() ? this.result.value() : undefined, error: this.result.error() }),
  );
  protected readonly answer = computed(() => {
    const state = this.state();
    return state.kind === 'answer' ? state.verification : null;
  });
  protected readonly statusWords = STATUS_WORDS;
  protected readonly statusLabels = STATUS_LABELS;
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { StatusChange } from '@peerpath/domain';
import { statusChangeProblem } from '@peerpath/domain';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { CertificationApi, certificatesResource } from '@peerpath/web/certification/certification.api';
import { reasonOf, REASON_MAX } from '@peerpath/web/certification/status-change-form';
import { CERTIFICATE_TAGS } from '@peerpath/web/certification/certification-labels';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { CharacterCount } from '@peerpath/web/govuk/character-count';

interface ChangeWording {
  verb: string;
  done: string;
  hint: string;
  missing: string;
  warning: boolean;
}

export const CHANGE_WORDING: Record<StatusChange, ChangeWording> = {
  suspend: {
    verb: 'Suspend',
    done: 'suspended',
    hint: 'While it is suspended the buddy cannot be given anyone new to support. You can reinstate it later.',
    missing: 'Enter the reason for suspending the certificate',
    warning: false,
  },
  reinstate: {
    verb: 'Reinstate',
    done: 'reinstated',
    hint: 'The certificate becomes valid again until its expiry date.',
    missing: 'Enter the reason for reinstating the certificate',
    warning: false,
  },
  revoke: {
    verb: 'Revoke',
    done: 'revoked',
    hint: 'A revoked certificate cannot be reinstated. The buddy would need a new certificate.',
    missing: 'Enter the reason for revoking the certificate',
    warning: true,
  },
};

const isChange = (value: string): value is StatusChange => value === 'suspend' || value === 'reinstate' || value === 'revoke';

/** /buddies/:id/certificates/:certificateId/:change: suspend, reinstate or revoke, with the reason kept. */
@Component({
  selector: 'pp-certificate-status-page',
  imports: [RouterLink, ErrorSummary, CharacterCount],
  template: `
    <a class="govuk-back-link" [routerLink]="['/buddies', id()]">Back to the buddy's record</a>
    <pp-error-summary [errors]="errors()" />
    @if (wording(); as wording) {
      @if (certificate(); as certificate) {
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <span class="govuk-caption-l">{{ holder() }}</span>
            <h1 class="govuk-heading-l">{{ wording.verb }} certificate {{ certificate.number }}</h1>
            <p class="govuk-body">
              It is <strong class="govuk-tag" [class]="tags[certificate.status].colour">{{ tags[certificate.status].text }}</strong> now.
            </p>
            @if (problem(); as problem) {
              <p class="govuk-body" data-testid="change-problem">{{ problem }}.</p>
              <p class="govuk-body"><a class="govuk-link" [routerLink]="['/buddies', id()]">Back to the buddy's record</a></p>
            } @else {
              @if (wording.warning) {
                <div class="govuk-warning-text">
                  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> {{ wording.hint }}</strong>
                </div>
              } @else {
                <p class="govuk-body">{{ wording.hint }}</p>
              }
              <form (submit)="$event.preventDefault(); submit()" novalidate>
                <pp-character-count
                  fieldId="reason"
                  label="Reason"
                  hint="This is kept on the certificate's record. Up to {{ reasonMax }} characters."
                  [maxlength]="reasonMax"
                  [rows]="3"
                  [error]="fieldErrors()['reason']"
                  [(value)]="reason"
                />
                <div class="govuk-button-group">
                  <button
                    type="submit"
                    class="govuk-button"
                    [class.govuk-button--warning]="wording.warning"
                    data-module="govuk-button"
                    [disabled]="saving()"
                    [attr.aria-disabled]="saving() || null"
                  >
                    {{ wording.verb }} certificate
                  </button>
                  <a class="govuk-link" [routerLink]="['/buddies', id()]">Cancel</a>
                </div>
              </form>
            }
          </div>
        </div>
      } @else if (certificates.error() || certificates.hasValue()) {
        <h1 class="govuk-heading-l">Certificate not found</h1>
        <p class="govuk-body">There is no such certificate on this buddy's record.</p>
      } @else {
        <p class="govuk-body">Loading…</p>
      }
    } @else {
      <h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">A certificate can be suspended, reinstated or revoked.</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateStatusPage {
  /** Route parameters, bound by the router. */
  readonly id = input.required<string>();
  readonly certificateId = input.required<string>();
  readonly change = input.required<string>();

  private readonly api = inject(CertificationApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  protected readonly buddy = buddyResource(this.id);
  protected readonly certificates = certificatesResource(this.id, signal(true));
  protected readonly certificate = computed(() =>
    this.certificates.hasValue() ? this.certificates.value().find((c) => c.id === this.certificateId()) : undefined,
  );
  protected readonly holder = computed(() => (this.buddy.hasValue() ? `${this.buddy.value().firstName} ${this.buddy.value().lastName}` : ''));
  protected readonly wording = computed(() => (isChange(this.change()) ? CHANGE_WORDING[this.change() as StatusChange] : null));
  protected readonly problem = computed(() => {
    const certificate = this.certificate();
    const change = this.change();
    return certificate && isChange(change) ? statusChangeProblem(change, certificate.status) : null;
  });
  protected readonly tags = CERTIFICATE_TAGS;
  protected readonly reasonMax = REASON_MAX;
  protected readonly reason = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);

  protected async submit(): Promise<void> {
    const certificate = this.certificate();
    const change = this.change();
    if (!certificate || !isChange(change) || this.saving()) return;
    const wording = CHANGE_WORDING[change];
    const checked = reasonOf(this.reason(), wording.missing);
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.saving.set(true);
    try {
      const updated = await this.api.changeCertificateStatus(certificate.id, change, checked.reason);
      this.errors.set([]);
      this.flash.set(`Certificate ${updated.number} ${wording.done}`);
      await this.router.navigate(['/buddies', this.id()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'reason' ? 'reason' : null)));
    } finally {
      this.saving.set(false);
    }
  }
}

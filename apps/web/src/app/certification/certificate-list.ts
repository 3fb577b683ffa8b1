import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CertificateStatus, CertificateStatusChangeView, CertificateView } from '@peerpath/contracts';
import { closedRecordAllows, StatusChange, statusChangeAction, statusChangeProblem } from '@peerpath/domain';
import { CERTIFICATE_TAGS } from '@peerpath/web/certification/certification-labels';
import { certificatePdfUrl } from '@peerpath/web/certification/certification.api';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

export interface CertificateAction {
  change: StatusChange;
  text: string;
  /** GOV.UK button style: revoking is final, so it looks like it. */
  style: 'secondary' | 'warning';
}

const ACTIONS: readonly CertificateAction[] = [
  { change: 'suspend', text: 'Suspend certificate', style: 'secondary' },
  { change: 'reinstate', text: 'Reinstate certificate', style: 'secondary' },
  { change: 'revoke', text: 'Revoke certificate', style: 'warning' },
];

/**
 * The status changes that make sense now (the domain's own rule), for someone who may make them;
 * on a released buddy's closed record, only those closedRecordAllows (revocation).
 */
export function certificateActions(status: CertificateStatus, mayChange: boolean, recordClosed = false): CertificateAction[] {
  if (!mayChange) return [];
  return ACTIONS.filter((action) => statusChangeProblem(action.change, status) === null && (!recordClosed || closedRecordAllows(statusChangeAction(action.change))));
}

/** The buddy's certificates: number, status, dates, the PDF, the public check, and what can change. */
@Component({
  selector: 'pp-certificate-list',
  imports: [DatePipe, RouterLink],
  template: `
    @for (certificate of certificates(); track certificate.id) {
      <div class="govuk-summary-card" [attr.data-testid]="'certificate-' + certificate.number">
        <div class="govuk-summary-card__title-wrapper">
          <h3 class="govuk-summary-card__title">{{ certificate.programmeTitle }}: certificate {{ certificate.number }}</h3>
        </div>
        <div class="govuk-summary-card__content">
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Status</dt>
              <dd class="govuk-summary-list__value">
                <strong class="govuk-tag" [class]="tags[certificate.status].colour" data-testid="certificate-status">{{ tags[certificate.status].text }}</strong>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Programme</dt>
              <dd class="govuk-summary-list__value">{{ certificate.programmeTitle }} ({{ certificate.versionLabel }})</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Issued</dt>
              <dd class="govuk-summary-list__value">{{ certificate.issuedOn | ppDate }} at {{ certificate.issuingPrisonName }}, by {{ certificate.issuedBy }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Expires</dt>
              <dd class="govuk-summary-list__value">{{ certificate.expiresOn | ppDate }}</dd>
            </div>
            @if (certificate.renewsNumber) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Renews</dt>
                <dd class="govuk-summary-list__value">Certificate {{ certificate.renewsNumber }}</dd>
              </div>
            }
            @if (certificate.renewedByNumber) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Renewed by</dt>
                <dd class="govuk-summary-list__value">Certificate {{ certificate.renewedByNumber }}</dd>
              </div>
            }
            @if (latestChange(certificate); as change) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Last change</dt>
                <dd class="govuk-summary-list__value">{{ change.changedAt | ppDate }}, by {{ change.changedBy }}: {{ change.reason }}</dd>
              </div>
            }
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Verification code</dt>
              <dd class="govuk-summary-list__value" data-testid="short-code">{{ certificate.shortCode }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Verification</dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" [href]="certificate.verificationPath" target="_blank" rel="noopener">
                  Check this certificate on the public verification page (opens in new tab)
                </a>
              </dd>
            </div>
          </dl>
          <p class="govuk-body">
            <a class="govuk-link" [href]="pdfUrl(certificate.id)" download>Download certificate (PDF)</a>
          </p>
          @let actions = actionsFor(certificate.status);
          @if (actions.length > 0 || mayRenew(certificate.status)) {
            <div class="govuk-button-group">
                @if (mayRenew(certificate.status)) {
                  <a
                    class="govuk-button"
                    data-module="govuk-button"
                    role="button"
                    draggable="false"
                    [routerLink]="['/buddies', certificate.buddyId, 'certificates', certificate.id, 'renew']"
                  >
                    Renew certificate
                  </a>
                }
                @for (action of actions; track action.change) {
                  <a
                    class="govuk-button"
                    [class.govuk-button--secondary]="action.style === 'secondary'"
                    [class.govuk-button--warning]="action.style === 'warning'"
                    data-module="govuk-button"
                    role="button"
                    draggable="false"
                    [routerLink]="['/buddies', certificate.buddyId, 'certificates', certificate.id, action.change]"
                  >
                    {{ action.text }}
                  </a>
                }
              </div>
          }
        </div>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateList {
  readonly certificates = input.required<readonly CertificateView[]>();
  readonly mayChange = input(false);
  /** The buddy has been released: the record is closed. */
  readonly recordClosed = input(false);
  protected readonly tags = CERTIFICATE_TAGS;
  protected readonly pdfUrl = certificatePdfUrl;

  /** A certificate in force or expired can be renewed by refresher; the renewal page says what is still needed. */
  protected mayRenew(status: CertificateStatus): boolean {
    return this.mayChange() && (!this.recordClosed() || closedRecordAllows('renewCertificate')) && (status === 'valid' || status === 'expired');
  }

  protected actionsFor(status: CertificateStatus): CertificateAction[] {
    return certificateActions(status, this.mayChange(), this.recordClosed());
  }

  protected latestChange(certificate: CertificateView): CertificateStatusChangeView | null {
    return [...certificate.history].sort((a, b) => b.changedAt.localeCompare(a.changedAt))[0] ?? null;
  }
}

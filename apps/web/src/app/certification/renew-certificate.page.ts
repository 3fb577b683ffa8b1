import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { CertificationApi, renewalResource } from '@peerpath/web/certification/certification.api';
import { CERTIFICATE_TAGS } from '@peerpath/web/certification/certification-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { formatDate } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { type SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';

/**
 * /buddies/:id/certificates/:certificateId/renew: renewal by refresher (BRIEF: certification).
 * Shows the refresher criteria met again since the certificate was issued, the last
 * supervision, and every reason renewal must wait; the button only when nothing stands in the way.
 */
@Component({
  selector: 'pp-renew-certificate-page',
  imports: [RouterLink, DatePipe, ErrorSummary],
  template: `
    <a class="govuk-back-link" [routerLink]="['/buddies', id()]">Back to the buddy's record</a>
    <pp-error-summary [errors]="errors()" />
    @if (renewal.hasValue()) {
      @let r = renewal.value();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ holder() }}</span>
          <h1 class="govuk-heading-l">Renew certificate {{ r.certificateNumber }}</h1>
          <p class="govuk-body">
            It is <strong class="govuk-tag" [class]="tags[r.certificateStatus].colour">{{ tags[r.certificateStatus].text }}</strong>:
            issued {{ r.issuedOn | ppDate }}, expires {{ r.expiresOn | ppDate }}.
          </p>
          <p class="govuk-body">
            A renewal is a new certificate, valid from today. This one is kept on the record as replaced. To renew, the buddy must have met every
            refresher criterion again since {{ r.issuedOn | ppDate }} and been supervised in the last {{ r.supervisionIntervalDays }} days.
          </p>
          @if (r.allowed) {
            <div class="govuk-panel govuk-panel--confirmation govuk-!-text-align-left govuk-!-padding-4" data-testid="renewal-ready">
              <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">Ready to renew.</p>
            </div>
          } @else {
            <div class="govuk-inset-text" data-testid="renewal-reasons">
              <p class="govuk-body govuk-!-font-weight-bold">Cannot be renewed yet</p>
              <ul class="govuk-list govuk-list--bullet">
                @for (reason of r.reasons; track reason.code) {
                  <li>{{ reason.message }}</li>
                }
              </ul>
            </div>
          }
          <h2 class="govuk-heading-m">Supervision</h2>
          <p class="govuk-body" data-testid="renewal-supervision">
            @if (r.lastSupervisedOn) {
              Last supervised on {{ r.lastSupervisedOn | ppDate }}.
            } @else {
              No supervision recorded.
            }
            <a class="govuk-link" [routerLink]="['/buddies', id(), 'supervision', 'new']">Record a supervision</a>
          </p>
        </div>
      </div>
      <h2 class="govuk-heading-m">Refresher criteria</h2>
      @if (r.refresherCriteria.length === 0) {
        <p class="govuk-body">This programme version has no refresher criteria.</p>
      } @else {
        <div class="pp-scroll-region" role="region" aria-label="Refresher criteria" tabindex="0">
          <table class="govuk-table" data-testid="refresher-criteria">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {{ remetCount() }} of {{ r.refresherCriteria.length }} met again since {{ r.issuedOn | ppDate }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Module</th>
                <th scope="col" class="govuk-table__header">Criterion</th>
                <th scope="col" class="govuk-table__header">Met again</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (c of r.refresherCriteria; track c.criterionId) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ c.moduleNumber }}. {{ c.moduleTitle }}</td>
                  <td class="govuk-table__cell">{{ c.code }} {{ c.text }}</td>
                  <td class="govuk-table__cell">
                    @if (c.remet) {
                      <strong class="govuk-tag govuk-tag--green">Met {{ c.metOn | ppDate }}</strong>
                    } @else {
                      <strong class="govuk-tag govuk-tag--grey">Not yet</strong>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (r.allowed) {
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="renew()">
            Renew certificate
          </button>
          <a class="govuk-link" [routerLink]="['/buddies', id()]">Cancel</a>
        </div>
      }
    } @else if (renewal.error()) {
      <h1 class="govuk-heading-l">Certificate not found</h1>
      <p class="govuk-body">There is no such certificate on this buddy's record.</p>
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RenewCertificatePage {
  /** Route parameters, bound by the router. */
  readonly id = input.required<string>();
  readonly certificateId = input.required<string>();

  private readonly api = inject(CertificationApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  protected readonly buddy = buddyResource(this.id);
  protected readonly renewal = renewalResource(this.certificateId);
  protected readonly holder = computed(() => (this.buddy.hasValue() ? `${this.buddy.value().firstName} ${this.buddy.value().lastName}` : ''));
  protected readonly remetCount = computed(() => (this.renewal.hasValue() ? this.renewal.value().refresherCriteria.filter((c) => c.remet).length : 0));
  protected readonly tags = CERTIFICATE_TAGS;
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);

  protected async renew(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      const renewed = await this.api.renewCertificate(this.certificateId());
      this.errors.set([]);
      this.flash.set(`Certificate renewed: ${renewed.number}, valid until ${formatDate(renewed.expiresOn)}`);
      await this.router.navigate(['/buddies', this.id()]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, () => null));
      this.renewal.reload();
    } finally {
      this.saving.set(false);
    }
  }
}

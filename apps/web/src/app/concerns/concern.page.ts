import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, linkedSignal, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { CERTIFICATE_TAGS } from '@peerpath/web/certification/certification-labels';
import { certificatesResource } from '@peerpath/web/certification/certification.api';
import { mayCoordinateAt } from '@peerpath/web/buddies/selection-labels';
import { CONCERN_STATUS_TAGS, KIND_TEXT, outcomeOf } from '@peerpath/web/concerns/concern-labels';
import { concernReviewActions } from '@peerpath/web/concerns/concern-review';
import { concernResource, ConcernsApi } from '@peerpath/web/concerns/concerns.api';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { focusAfterRender, SUCCESS_BANNER_HEADING } from '@peerpath/web/govuk/focus';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { Textarea } from '@peerpath/web/govuk/textarea';

/** /concerns/:id: the concern, and for a coordinator at the prison, its review. */
@Component({
  selector: 'pp-concern-page',
  imports: [RouterLink, DatePipe, ErrorSummary, SuccessBanner, Textarea],
  template: `
    <a class="govuk-back-link" routerLink="/concerns">Back to concerns</a>
    @if (notFound()) {
      <h1 class="govuk-heading-l">Concern not found</h1>
      <p class="govuk-body">There is no concern with that address in your prisons.</p>
    } @else if (concern.error()) {
      <h1 class="govuk-heading-l">Concern</h1>
      <p class="govuk-body">Sorry, this concern cannot be shown right now. Try again later.</p>
    } @else if (concern.value(); as concern) {
      @if (success(); as message) {
        <pp-success-banner [message]="message" />
      }
      <pp-error-summary [errors]="errors()" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ kinds[concern.kind] }} concern</span>
          <h1 class="govuk-heading-l">Concern about {{ concern.subjectName }}</h1>
          <dl class="govuk-summary-list" data-testid="concern-summary">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Status</dt>
              <dd class="govuk-summary-list__value">
                <strong class="govuk-tag" [class]="statusTags[concern.status].colour">{{ statusTags[concern.status].text }}</strong>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">About</dt>
              <dd class="govuk-summary-list__value">
                @if (concern.subject === 'buddy') {
                  <a class="govuk-link" [routerLink]="['/buddies', concern.subjectId]">{{ concern.subjectName }}</a>, buddy,
                } @else {
                  {{ concern.subjectName }}, person supported,
                }
                {{ concern.subjectPrisonNumber }} ({{ concern.prisonCode }})
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Raised</dt>
              <dd class="govuk-summary-list__value">{{ concern.raisedAt | ppDate }} by {{ concern.raisedBy }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">What happened</dt>
              <dd class="govuk-summary-list__value">{{ concern.description }}</dd>
            </div>
            @if (concern.subject === 'buddy') {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Certificate</dt>
                <dd class="govuk-summary-list__value" data-testid="concern-certificate">
                  @for (certificate of heldCertificates(); track certificate.id) {
                    {{ certificate.number }}
                    <strong class="govuk-tag" [class]="certificateTags[certificate.status].colour">{{ certificateTags[certificate.status].text }}</strong>
                    <br />
                  } @empty {
                    No certificate
                  }
                </dd>
              </div>
            }
            @if (concern.status === 'resolved') {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Outcome</dt>
                <dd class="govuk-summary-list__value" data-testid="concern-outcome">{{ concern.outcome }}</dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Reviewed</dt>
                <dd class="govuk-summary-list__value">{{ concern.reviewedAt | ppDate }} by {{ concern.reviewedBy }}</dd>
              </div>
            }
          </dl>

          @if (actions().suspend) {
            <h2 class="govuk-heading-m">While you review</h2>
            <p class="govuk-body">
              You can suspend {{ concern.subjectName }}'s certificate until the review is done. They cannot be given anyone new to support
              while it is suspended, and the people they support now show as needing attention.
            </p>
            <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="suspend()">
              Suspend certificate pending review
            </button>
          }

          @if (actions().resolve) {
            <h2 class="govuk-heading-m">Record the outcome</h2>
            <form (submit)="$event.preventDefault(); resolve()" novalidate data-testid="resolve-form">
              <pp-textarea
                fieldId="outcome"
                label="Outcome of the review"
                hint="What you found and what happens next. A suspended certificate stays suspended until you reinstate it on the buddy's record."
                [rows]="5"
                [error]="fieldErrors()['outcome']"
                [(value)]="outcome"
              />
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                Record outcome and close the concern
              </button>
            </form>
          }
        </div>
      </div>
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ConcernsApi);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  protected readonly concern = concernResource(this.id);
  protected readonly notFound = computed(() => {
    const error = this.concern.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  /** The buddy's certificates, for a concern about a buddy. */
  private readonly buddyId = computed(() => {
    const concern = this.concern.hasValue() ? this.concern.value() : undefined;
    return concern?.subject === 'buddy' ? concern.subjectId : null;
  });
  protected readonly certificates = certificatesResource(() => this.buddyId() ?? undefined, signal(true));
  protected readonly heldCertificates = computed(() => (this.certificates.hasValue() ? this.certificates.value() : []));
  protected readonly actions = computed(() => {
    const concern = valueOf(this.concern);
    if (!concern) return { suspend: false, resolve: false };
    const mayReview = mayCoordinateAt(this.auth.currentUser()?.roles ?? [], concern.prisonCode);
    return concernReviewActions(concern, mayReview, this.certificates.hasValue() ? this.certificates.value() : []);
  });
  protected readonly kinds = KIND_TEXT;
  protected readonly statusTags = CONCERN_STATUS_TAGS;
  protected readonly certificateTags = CERTIFICATE_TAGS;

  private readonly flashed = inject(Flash).take();
  protected readonly success = linkedSignal<string, string | null>({
    source: this.id,
    computation: (_, previous) => (previous === undefined ? this.flashed : null),
  });
  protected readonly outcome = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const concern = valueOf(this.concern);
      if (concern) title.setTitle(`Concern about ${concern.subjectName} – ${SERVICE_NAME}`);
    });
  }

  protected async suspend(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      const updated = await this.api.suspendCertificate(this.id());
      this.concern.set(updated);
      this.errors.set([]);
      this.success.set(`${updated.subjectName}'s certificate is suspended while the concern is reviewed.`);
      focusAfterRender(this.injector, SUCCESS_BANNER_HEADING);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, () => null));
    } finally {
      this.saving.set(false);
      this.certificates.reload();
    }
  }

  protected async resolve(): Promise<void> {
    if (this.saving()) return;
    const checked = outcomeOf(this.outcome());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.saving.set(true);
    try {
      const updated = await this.api.resolve(this.id(), checked.outcome);
      this.concern.set(updated);
      this.errors.set([]);
      this.success.set('Outcome recorded. The concern is closed.');
      focusAfterRender(this.injector, SUCCESS_BANNER_HEADING);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'outcome' ? 'outcome' : null)));
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { recipientResource } from '@peerpath/web/allocation/allocation.api';
import { auditActionsResource, auditTrailResource } from '@peerpath/web/audit/audit.api';
import { auditCsvHref, auditFiltersOf, auditFormOf, auditFormParams, auditTrailQuery, changesText, changeText, subjectLink, whenText } from '@peerpath/web/audit/audit-query';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { cohortResource } from '@peerpath/web/cohorts/cohorts.api';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, type SummaryError } from '@peerpath/web/govuk/form-errors';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select, type SelectGroup } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';

/** A filter that came from a link (a buddy's page): what it is, and the address without it. */
interface SubjectFilter {
  key: 'buddyId' | 'recipientId' | 'cohortId';
  text: string;
}

/**
 * /audit: who changed what, when, in words, within the reader's scope (auditors and admins).
 * Filters live in the address, so a filtered trail can be linked to, reloaded and downloaded.
 */
@Component({
  selector: 'pp-audit-trail-page',
  imports: [ReactiveFormsModule, RouterLink, Select, TextInput, DateInput, ErrorSummary, Pagination],
  template: `
    <pp-error-summary [errors]="errors()" />
    <h1 class="govuk-heading-l">Audit trail</h1>
    <p class="govuk-body">Every change to a record in your prisons: who made it, when, and what it was before and after.</p>

    @for (filter of subjectFilters(); track filter.key) {
      <p class="govuk-body" data-testid="subject-filter">
        <strong class="govuk-tag govuk-tag--grey">{{ filter.text }}</strong>
        <a class="govuk-link govuk-!-margin-left-2" [routerLink]="[]" [queryParams]="removing(filter.key)" queryParamsHandling="merge"
          >Remove<span class="govuk-visually-hidden"> filter {{ filter.text }}</span></a
        >
      </p>
    }

    <form [formGroup]="form" (ngSubmit)="applyFilters()" role="search" aria-label="Filter the audit trail" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <pp-select fieldId="action" label="Kind of change" placeholder="All changes" widthClass="govuk-!-width-full" [items]="actionOptions()" formControlName="action" />
        </div>
        <div class="govuk-grid-column-one-half">
          <pp-text-input fieldId="actor" label="Person who acted" hint="Username or part of their name" widthClass="govuk-!-width-full" [spellcheck]="false" formControlName="actor" />
        </div>
      </div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <pp-date-input [group]="form.controls.from" fieldId="from" legend="From" [error]="fieldError()['from-day']" />
        </div>
        <div class="govuk-grid-column-one-half">
          <pp-date-input [group]="form.controls.to" fieldId="to" legend="To" [error]="fieldError()['to-day']" />
        </div>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Apply filters</button>
        @if (filtered()) {
          <a class="govuk-link" routerLink="/audit">Clear filters</a>
        }
      </div>
    </form>

    @if (trail.error()) {
      <p class="govuk-body">Sorry, the audit trail cannot be shown right now. Try again later.</p>
    } @else if (trail.value(); as result) {
      @if (result.total === 0) {
        <p class="govuk-body" data-testid="audit-empty">No changes match these filters.</p>
      } @else {
        @if (result.totalIsCapped) {
          <div class="govuk-inset-text" data-testid="audit-capped">
            More than {{ result.total.toLocaleString('en-GB') }} changes match: the newest {{ result.total.toLocaleString('en-GB') }} are listed here. Narrow the dates or filters to
            see the rest, or download the CSV, which has every one.
          </div>
        }
        <p class="govuk-body"><a class="govuk-link" [href]="csvHref()" download>Download CSV<span class="govuk-visually-hidden"> of {{ result.totalIsCapped ? 'every matching change' : result.total === 1 ? 'this change' : 'these ' + changes(result) }}</span></a></p>
        <div class="pp-scroll-region" role="region" aria-labelledby="audit-caption" tabindex="0">
          <table class="govuk-table" data-testid="audit-events">
            <caption class="govuk-table__caption govuk-table__caption--s" id="audit-caption">{{ caption() }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">When</th>
                <th scope="col" class="govuk-table__header">Who</th>
                <th scope="col" class="govuk-table__header">What</th>
                <th scope="col" class="govuk-table__header">About</th>
                <th scope="col" class="govuk-table__header">What changed</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (event of result.items; track event.id) {
                <tr class="govuk-table__row" data-testid="audit-event">
                  <td class="govuk-table__cell">{{ when(event.occurredAt) }}</td>
                  <td class="govuk-table__cell">
                    {{ event.who }}
                    @if (event.whoUsername) {
                      <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{{ event.whoUsername }}</span>
                    }
                  </td>
                  <td class="govuk-table__cell">
                    <strong>{{ event.what }}</strong>
                    @if (event.requestId) {
                      <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 pp-request-id">Request {{ event.requestId }}</span>
                    }
                  </td>
                  <td class="govuk-table__cell">
                    @if (link(event.subjectType, event.subjectId); as to) {
                      <a class="govuk-link" [routerLink]="to">{{ event.subject }}</a>
                    } @else {
                      {{ event.subject }}
                    }
                    @if (event.prisonName) {
                      <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{{ event.prisonName }}</span>
                    }
                  </td>
                  <td class="govuk-table__cell">
                    @if (event.changes.length) {
                      <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
                        @for (change of event.changes; track $index) {
                          <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key govuk-body-s">{{ change.field }}</dt>
                            <dd class="govuk-summary-list__value govuk-body-s">{{ changeText(change) }}</dd>
                          </div>
                        }
                      </dl>
                    } @else {
                      <span class="govuk-body-s">No details recorded</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <pp-pagination [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" label="Pages of the audit trail" />
      }
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  styles: `
    .pp-request-id {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTrailPage {
  /** Query parameters, bound by the router. */
  readonly buddyId = input<string>();
  readonly recipientId = input<string>();
  readonly cohortId = input<string>();
  readonly actor = input<string>();
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly filters = computed(() =>
    auditFiltersOf({
      buddyId: this.buddyId(),
      recipientId: this.recipientId(),
      cohortId: this.cohortId(),
      actor: this.actor(),
      action: this.action(),
      from: this.from(),
      to: this.to(),
      page: this.page(),
    }),
  );
  protected readonly trail = auditTrailResource(computed(() => auditTrailQuery(this.filters())));
  private readonly kinds = auditActionsResource();
  protected readonly actionOptions = computed<SelectGroup[]>(() =>
    (valueOf(this.kinds) ?? []).map((k) => ({ label: k.kind, items: k.actions.map((a) => ({ value: a.action, text: a.words })) })),
  );

  // The names behind a filter that came from a link, for its tag.
  private readonly buddy = buddyResource(() => this.filters().buddyId || undefined);
  private readonly recipient = recipientResource(() => this.filters().recipientId || undefined);
  private readonly cohort = cohortResource(() => this.filters().cohortId || undefined);
  protected readonly subjectFilters = computed<SubjectFilter[]>(() => {
    const { buddyId, recipientId, cohortId } = this.filters();
    const buddy = valueOf(this.buddy);
    const recipient = valueOf(this.recipient);
    const cohort = valueOf(this.cohort);
    return [
      buddyId ? { key: 'buddyId' as const, text: `Buddy: ${buddy ? `${buddy.firstName} ${buddy.lastName} (${buddy.prisonNumber})` : 'chosen buddy'}` } : null,
      recipientId ? { key: 'recipientId' as const, text: `Recipient: ${recipient ? `${recipient.firstName} ${recipient.lastName} (${recipient.prisonNumber})` : 'chosen recipient'}` } : null,
      cohortId ? { key: 'cohortId' as const, text: `Cohort: ${cohort ? cohort.name : 'chosen cohort'}` } : null,
    ].filter((f): f is SubjectFilter => f !== null);
  });

  protected readonly filtered = computed(() => Object.entries(this.filters()).some(([key, value]) => key !== 'page' && value !== ''));
  protected readonly csvHref = computed(() => auditCsvHref(this.filters()));
  /** "Showing 1 to 25 of 40 changes", or "of more than 10,000 changes" past the count's cap. */
  protected readonly caption = computed(() => {
    const result = valueOf(this.trail);
    if (!result) return '';
    const { from, to } = showingRange(result);
    return `Showing ${from} to ${to} of ${changesText(result)}, newest first`;
  });

  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly form = this.fb.group({
    action: [''],
    actor: [''],
    from: this.fb.group({ day: [''], month: [''], year: [''] }),
    to: this.fb.group({ day: [''], month: [''], year: [''] }),
  });

  protected readonly when = whenText;
  protected readonly changeText = changeText;
  protected readonly changes = changesText;
  protected readonly link = subjectLink;

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      this.form.setValue(auditFormOf(this.filters()));
      this.errors.set([]);
    });
  }

  protected removing(key: SubjectFilter['key']): Record<string, null> {
    return { [key]: null, page: null };
  }

  protected applyFilters(): void {
    const { params, errors } = auditFormParams(this.form.getRawValue());
    this.errors.set(errors);
    if (errors.length) return;
    void this.router.navigate(['/audit'], { queryParams: params, queryParamsHandling: 'merge' });
  }
}

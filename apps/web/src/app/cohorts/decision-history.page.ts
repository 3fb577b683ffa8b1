import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { buddyName, methodLabel } from '@peerpath/web/cohorts/cohort-labels';
import { decisionHistoryResource } from '@peerpath/web/cohorts/cohorts.api';
import { historyByCriterion } from '@peerpath/web/cohorts/decision-history';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';

/**
 * /cohorts/:cohortId/buddies/:buddyId/modules/:moduleId/history. Every assessment decision for one
 * buddy on one module, grouped by criterion, newest first: a later decision replaces an earlier
 * one, and both are kept (BRIEF: the history stays auditable).
 */
@Component({
  selector: 'pp-decision-history-page',
  imports: [RouterLink, DatePipe],
  template: `
    <a class="govuk-back-link" [routerLink]="['/cohorts', cohortId(), 'modules', moduleId(), 'assess']">Back to the module's assessment</a>
    @if (notFound()) {
      <h1 class="govuk-heading-l">Decision history not found</h1>
      <p class="govuk-body">There is no such buddy, module or cohort in your scope.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts']">Go to your cohorts</a></p>
    } @else if (history.error()) {
      <h1 class="govuk-heading-l">Decision history</h1>
      <p class="govuk-body">Sorry, the decision history cannot be shown right now. Try again later.</p>
    } @else if (history.value(); as history) {
      <span class="govuk-caption-l">{{ history.cohortName }}: {{ history.programmeTitle }} ({{ history.versionLabel }})</span>
      <h1 class="govuk-heading-l">{{ name() }}: decision history</h1>
      <dl class="govuk-summary-list" data-testid="history-summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Buddy</dt>
          <dd class="govuk-summary-list__value">{{ name() }} ({{ history.buddy.prisonNumber }})</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Module</dt>
          <dd class="govuk-summary-list__value">Module {{ history.moduleNumber }}: {{ history.moduleTitle }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Decisions</dt>
          <dd class="govuk-summary-list__value">{{ history.total }}</dd>
        </div>
      </dl>
      <p class="govuk-body">Every decision on each criterion, newest first. A later decision replaces an earlier one; both are kept.</p>
      @if (history.total > history.decisions.length) {
        <div class="govuk-inset-text" data-testid="history-bounded">
          Showing the newest {{ history.decisions.length }} of {{ history.total }} decisions.
        </div>
      }
      @for (criterion of groups(); track criterion.id) {
        <div class="govuk-!-margin-bottom-7" [attr.data-criterion-code]="criterion.code">
          <h2 class="govuk-heading-s">{{ criterion.code }}: {{ criterion.text }}</h2>
          @if (criterion.decisions.length === 0) {
            <p class="govuk-body">No decision yet.</p>
          } @else {
            <div class="pp-scroll-region" role="region" [attr.aria-labelledby]="'caption-' + criterion.id" tabindex="0">
              <table class="govuk-table govuk-!-margin-bottom-0" data-testid="criterion-history">
                <caption class="govuk-table__caption govuk-visually-hidden" [id]="'caption-' + criterion.id">Decisions on {{ criterion.code }}, newest first</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">Date</th>
                    <th scope="col" class="govuk-table__header">Decision</th>
                    <th scope="col" class="govuk-table__header">Method</th>
                    <th scope="col" class="govuk-table__header">Assessor</th>
                    <th scope="col" class="govuk-table__header">Evidence note</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  @for (decision of criterion.decisions; track decision.id) {
                    <tr class="govuk-table__row" [attr.data-decision-id]="decision.id">
                      <td class="govuk-table__cell">{{ decision.assessedOn | ppDate }}</td>
                      <td class="govuk-table__cell">
                        <strong class="govuk-tag" [class]="decision.outcome === 'met' ? 'govuk-tag--green' : 'govuk-tag--yellow'">
                          {{ decision.outcome === 'met' ? 'Met' : 'Not yet met' }}
                        </strong>
                        @if (!decision.current) {
                          <span class="govuk-!-display-block govuk-!-font-size-16">Replaced by a later decision</span>
                        }
                      </td>
                      <td class="govuk-table__cell">{{ method(decision.method) }}</td>
                      <td class="govuk-table__cell">{{ decision.assessorName }}</td>
                      <td class="govuk-table__cell">{{ decision.evidenceNote }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </div>
      }
    } @else {
      <h1 class="govuk-heading-l">Decision history</h1>
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionHistoryPage {
  readonly cohortId = input.required<string>();
  readonly buddyId = input.required<string>();
  readonly moduleId = input.required<string>();

  protected readonly history = decisionHistoryResource(
    () => this.cohortId(),
    () => this.buddyId(),
    () => this.moduleId(),
  );
  protected readonly notFound = computed(() => {
    const error = this.history.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly groups = computed(() => {
    const history = valueOf(this.history);
    return history ? historyByCriterion(history) : [];
  });
  protected readonly name = computed(() => {
    const history = valueOf(this.history);
    return history ? buddyName(history.buddy) : '';
  });
  protected readonly method = methodLabel;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const history = valueOf(this.history);
      if (history) title.setTitle(`${buddyName(history.buddy)}: decision history, module ${history.moduleNumber} – ${SERVICE_NAME}`);
    });
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { PrisonPolicyView } from '@peerpath/contracts';
import { canActAtPrison, PERMISSIONS } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { policyResource, PolicyApi } from '@peerpath/web/prisons/policy.api';
import { PolicyField, policyFieldId, POLICY_FIELD_ORDER, POLICY_FIELDS, PolicyFormValue, policyFormValueOf, policyRequestOf, poundsOf, STAFF_COST_FIELD } from '@peerpath/web/prisons/policy-form';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { TextInput } from '@peerpath/web/govuk/text-input';

/** /prisons/:code/policy: the scheme's rules at one prison; an admin or that prison's coordinator changes them. */
@Component({
  selector: 'pp-policy-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner, TextInput],
  template: `
    <a class="govuk-back-link" routerLink="/prisons">Back to prisons</a>
    @if (notFound()) {
      <h1 class="govuk-heading-l">Prison not found</h1>
      <p class="govuk-body">There is no prison with that code in your scope.</p>
    } @else if (policy.error()) {
      <h1 class="govuk-heading-l">Scheme policy</h1>
      <p class="govuk-body">Sorry, the policy cannot be shown right now. Try again later.</p>
    } @else if (policy.value(); as policy) {
      @if (success(); as message) {
        <pp-success-banner [message]="message" />
      }
      <pp-error-summary [errors]="errors()" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ policy.prisonName }} ({{ policy.prisonCode }})</span>
          <h1 class="govuk-heading-l">Scheme policy</h1>
          @if (mayEdit()) {
            <p class="govuk-body">These rules apply to every buddy at {{ policy.prisonName }}. Changes are recorded in the audit log.</p>
            <form (submit)="$event.preventDefault(); save(policy)" novalidate data-testid="policy-form">
              @for (field of fields; track field) {
                @let rule = rules[field];
                <pp-text-input
                  [fieldId]="field"
                  [label]="rule.label"
                  [hint]="rule.hint"
                  widthClass="govuk-input--width-3"
                  inputmode="numeric"
                  [spellcheck]="false"
                  [suffix]="rule.suffix"
                  [error]="fieldErrors()[field]"
                  [value]="value()[field]"
                  (valueChange)="set(field, $event)"
                />
              }
              <pp-text-input
                [fieldId]="staffCostField"
                label="Staff cost per hour (optional)"
                hint="In pounds and pence, for example 28.50. Used to turn staff hours into cost on the monitoring dashboard. Leave empty if you don't want costs shown."
                widthClass="govuk-input--width-5"
                inputmode="decimal"
                [spellcheck]="false"
                prefix="£"
                [error]="fieldErrors()[staffCostField]"
                [value]="value().staffCostPerHour"
                (valueChange)="setStaffCost($event)"
              />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                  Save policy
                </button>
                <a class="govuk-link" routerLink="/prisons">Cancel</a>
              </div>
            </form>
          } @else {
            <dl class="govuk-summary-list" data-testid="policy">
              @for (field of fields; track field) {
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{{ rules[field].label }}</dt>
                  <dd class="govuk-summary-list__value">{{ policy[field] }} {{ rules[field].suffix }}</dd>
                </div>
              }
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Staff cost per hour</dt>
                <dd class="govuk-summary-list__value">{{ policy.staffCostPerHourPence === null ? 'Not set' : '£' + pounds(policy.staffCostPerHourPence) }}</dd>
              </div>
            </dl>
            <p class="govuk-body">An admin or a coordinator at {{ policy.prisonName }} can change these.</p>
          }
        </div>
      </div>
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyPage {
  /** The :code route parameter, bound by the router. */
  readonly code = input.required<string>();

  private readonly api = inject(PolicyApi);
  private readonly auth = inject(AuthService);
  protected readonly policy = policyResource(computed(() => this.code().toUpperCase()));
  private readonly prisons = prisonsResource();
  protected readonly notFound = computed(() => {
    const error = this.policy.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400 || error.status === 403);
  });
  /** Admins, or a coordinator at this prison (the API checks again: its answer is final). */
  protected readonly mayEdit = computed(() => {
    const code = this.code().toUpperCase();
    const prisons = this.prisons.hasValue() ? this.prisons.value() : [];
    const clusterCode = prisons.find((p) => p.code === code)?.clusterCode ?? '';
    return canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.changePrisonPolicy, { code, clusterCode });
  });
  protected readonly fields = POLICY_FIELD_ORDER;
  protected readonly rules = POLICY_FIELDS;
  protected readonly staffCostField = STAFF_COST_FIELD;
  protected readonly pounds = poundsOf;
  /** What is typed; starts from (and follows) the policy as loaded. */
  protected readonly value = linkedSignal<PrisonPolicyView | undefined, PolicyFormValue>({
    source: () => (this.policy.hasValue() ? this.policy.value() : undefined),
    computation: (policy) =>
      policy
        ? policyFormValueOf(policy)
        : { supervisionIntervalDays: '', weeklyHoursCap: '', certificateValidityMonths: '', attendanceThresholdPercent: '', staffCostPerHour: '' },
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly success = signal<string | null>(null);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const policy = valueOf(this.policy);
      if (policy) title.setTitle(`Scheme policy: ${policy.prisonName} – ${SERVICE_NAME}`);
    });
  }

  protected set(field: PolicyField, typed: string): void {
    this.value.update((value) => ({ ...value, [field]: typed }));
  }

  protected setStaffCost(typed: string): void {
    this.value.update((value) => ({ ...value, staffCostPerHour: typed }));
  }

  protected async save(policy: PrisonPolicyView): Promise<void> {
    if (this.saving()) return;
    const checked = policyRequestOf(this.value(), policy.version);
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.saving.set(true);
    this.success.set(null);
    try {
      const saved = await this.api.update(policy.prisonCode, checked.request);
      this.errors.set([]);
      this.policy.set(saved);
      this.success.set(`Policy for ${saved.prisonName} saved`);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, policyFieldId));
      // Someone else saved first: show their values, so the change is made again on top of them.
      if (apiErrorOf(error)?.code === 'STALE_VERSION') this.policy.reload();
    } finally {
      this.saving.set(false);
    }
  }
}

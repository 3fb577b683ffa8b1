import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RoleAssignmentRequest, StaffAccount } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ROLE_LABELS } from '@peerpath/web/auth/role-labels';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, summaryErrorsOf, type SummaryError } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { RoleChoice, requestOf, rolesOfChoice } from '@peerpath/web/staff/role-choice';
import { StaffApi, staffAccountResource } from '@peerpath/web/staff/staff.api';
import { accountStatuses, londonDay } from '@peerpath/web/staff/staff-status';

const fieldOf = (path: string) => (path.startsWith('roles') ? 'role' : path);
const sameRole = (a: RoleAssignmentRequest, b: RoleAssignmentRequest) =>
  a.role === b.role && a.scope === b.scope && (a.clusterCode ?? '') === (b.clusterCode ?? '') && (a.prisonCode ?? '') === (b.prisonCode ?? '');

/** One staff account: its roles (give and remove), reset password, unlock, deactivate. */
@Component({
  selector: 'pp-staff-account-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner, RoleChoice],
  template: `
    <a class="govuk-back-link" routerLink="/staff">Staff accounts</a>
    @if (message(); as text) {
      <pp-success-banner [message]="text" />
    }
    <pp-error-summary [errors]="errors()" />
    @if (temporaryPassword(); as reset) {
      <div class="govuk-inset-text" data-testid="temporary-password">
        <p class="govuk-body">Temporary password for {{ reset.name }}:</p>
        <p class="govuk-body govuk-!-font-size-36 govuk-!-font-weight-bold pp-temporary-password" translate="no">{{ reset.password }}</p>
        <p class="govuk-body govuk-!-margin-bottom-0">Give it to them in person or by phone, not by email. It is shown only this once: they choose their own password when they next sign in.</p>
      </div>
    }
    @if (account.error()) {
      <p class="govuk-body">Sorry, this account cannot be shown right now. Try again later.</p>
    } @else if (current(); as a) {
      <span class="govuk-caption-l">Staff account</span>
      <h1 class="govuk-heading-l">{{ a.displayName }}</h1>
      <dl class="govuk-summary-list" data-testid="staff-summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Username</dt>
          <dd class="govuk-summary-list__value">{{ a.username }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Status</dt>
          <dd class="govuk-summary-list__value">
            @for (status of statuses(); track status.text) {
              <strong class="govuk-tag" [class]="status.colour">{{ status.text }}</strong>
            }
            @if (a.deactivatedAt) {
              <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">Deactivated on {{ day(a.deactivatedAt) }}</p>
            }
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Last signed in</dt>
          <dd class="govuk-summary-list__value">{{ a.lastSignedInAt ? day(a.lastSignedInAt) : 'Never' }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Added</dt>
          <dd class="govuk-summary-list__value">{{ day(a.createdAt) }}</dd>
        </div>
      </dl>

      @if (locked()) {
        <p class="govuk-body">This account is locked after too many failed sign-ins.</p>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="busy()" (click)="unlock()">Unlock account</button>
      }

      <h2 class="govuk-heading-m">Roles</h2>
      <div class="pp-scroll-region" role="region" aria-label="Roles" tabindex="0">
        <table class="govuk-table" data-testid="roles-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Roles held by {{ a.displayName }}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Role</th>
              <th scope="col" class="govuk-table__header">Where</th>
              @if (active()) {
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
              }
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (held of a.roles; track $index) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{{ roleLabels[held.role] }}</td>
                <td class="govuk-table__cell">{{ held.scopeLabel }}</td>
                @if (active()) {
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" [disabled]="busy()" (click)="remove($index)">
                      Remove<span class="govuk-visually-hidden"> {{ roleLabels[held.role] }}: {{ held.scopeLabel }}</span>
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>

      @if (active()) {
        <form (submit)="$event.preventDefault(); give()" novalidate>
          <pp-role-choice legend="Give a role" [prisons]="prisons()" [errors]="fieldError()" />
          <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Give role</button>
        </form>

        @if (!isSelf()) {
          <h2 class="govuk-heading-m">Reset password</h2>
          @if (confirmingReset()) {
            <div class="govuk-warning-text">
              <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">Warning</span>
                {{ a.displayName }} will be signed out everywhere and their current password will stop working. You will see a new temporary password once.
              </strong>
            </div>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="busy()" (click)="resetPassword()">Yes, reset {{ a.displayName }}’s password</button>
              <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="confirmingReset.set(false)">Cancel</button>
            </div>
          } @else {
            <p class="govuk-body">If they have forgotten their password, give them a new temporary one. It also unlocks the account.</p>
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="confirmingReset.set(true)">Reset password</button>
          }
        }

        <h2 class="govuk-heading-m">Deactivate account</h2>
        @if (confirming()) {
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              {{ a.displayName }} will be signed out now and cannot sign in again. Their name stays on everything they recorded.
            </strong>
          </div>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()" (click)="deactivate()">Yes, deactivate {{ a.displayName }}</button>
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="confirming.set(false)">Cancel</button>
          </div>
        } @else if (isSelf()) {
          <p class="govuk-body">You cannot deactivate your own account. Ask another administrator.</p>
        } @else {
          <p class="govuk-body">When someone leaves, deactivate their account. Records they made keep their name.</p>
          <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" (click)="confirming.set(true)">Deactivate account</button>
        }
      }
    } @else {
      <p class="govuk-body">Loading the account…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffAccountPage {
  /** Route parameter. */
  readonly userId = input.required<string>();

  private readonly api = inject(StaffApi);
  private readonly auth = inject(AuthService);
  private readonly roleChoice = viewChild(RoleChoice);
  private readonly prisonList = prisonsResource();
  protected readonly account = staffAccountResource(this.userId);
  /** The account as last changed here, else as loaded. */
  private readonly changed = signal<StaffAccount | null>(null);
  protected readonly current = computed(() => {
    const changed = this.changed();
    return changed?.id === this.userId() ? changed : valueOf(this.account);
  });

  protected readonly prisons = computed(() => valueOf(this.prisonList) ?? []);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly day = londonDay;
  protected readonly statuses = computed(() => {
    const a = this.current();
    return a ? accountStatuses(a) : [];
  });
  protected readonly locked = computed(() => this.statuses().some((s) => s.text === 'Locked'));
  protected readonly active = computed(() => !this.current()?.deactivatedAt);
  protected readonly isSelf = computed(() => this.current()?.id === this.auth.currentUser()?.id);
  protected readonly message = signal<string | null>(inject(Flash).take());
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly confirmingReset = signal(false);
  /** Shown once, after a reset, until the admin leaves or changes something else. */
  protected readonly temporaryPassword = signal<{ name: string; password: string } | null>(null);

  protected give(): Promise<void> {
    const account = this.current();
    const choice = this.roleChoice();
    if (!account || !choice) return Promise.resolve();
    const { roles, errors } = rolesOfChoice(choice.group.getRawValue());
    if (errors.length) {
      this.errors.set(errors);
      return Promise.resolve();
    }
    const held = account.roles.map(requestOf);
    const added = roles.filter((r) => !held.some((h) => sameRole(h, r)));
    if (!added.length) {
      this.errors.set([{ field: 'role', text: `${account.displayName} already holds that role` }]);
      return Promise.resolve();
    }
    return this.run(() => this.api.setRoles(account.id, [...held, ...added]), 'Role given', () => choice.group.reset());
  }

  protected remove(index: number): Promise<void> {
    const account = this.current();
    if (!account) return Promise.resolve();
    const kept = account.roles.filter((_r, i) => i !== index).map(requestOf);
    return this.run(() => this.api.setRoles(account.id, kept), 'Role removed');
  }

  protected unlock(): Promise<void> {
    const account = this.current();
    return account ? this.run(() => this.api.unlock(account.id), 'Account unlocked: they can sign in again') : Promise.resolve();
  }

  protected deactivate(): Promise<void> {
    const account = this.current();
    if (!account) return Promise.resolve();
    return this.run(() => this.api.deactivate(account.id), `${account.displayName}’s account is deactivated and they have been signed out`, () => this.confirming.set(false));
  }

  protected resetPassword(): Promise<void> {
    const account = this.current();
    if (!account) return Promise.resolve();
    return this.run(
      async () => {
        const reset = await this.api.resetPassword(account.id);
        this.temporaryPassword.set({ name: account.displayName, password: reset.temporaryPassword });
        return reset.account;
      },
      `${account.displayName}’s password is reset and they have been signed out. They must choose a new one when they next sign in`,
      () => this.confirmingReset.set(false),
    );
  }

  private async run(change: () => Promise<StaffAccount>, done: string, after?: () => void): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.temporaryPassword.set(null);
    try {
      this.changed.set(await change());
      this.errors.set([]);
      this.message.set(done);
      after?.();
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldOf));
    } finally {
      this.busy.set(false);
    }
  }
}

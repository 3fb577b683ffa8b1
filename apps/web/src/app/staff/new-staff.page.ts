import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MIN_LENGTH, staffUsernameProblems } from '@peerpath/domain';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, summaryErrorsOf, type SummaryError } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { RoleChoice, rolesOfChoice } from '@peerpath/web/staff/role-choice';
import { StaffApi } from '@peerpath/web/staff/staff.api';

/** API field paths to the element an error links to: every role problem points at the role radios. */
const fieldOf = (path: string) => (path.startsWith('roles') ? 'role' : path);

/** Add a staff account: name, username, a temporary password and a first role with its scope. */
@Component({
  selector: 'pp-new-staff-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextInput, RoleChoice],
  template: `
    <a class="govuk-back-link" routerLink="/staff">Staff accounts</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <pp-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l">Add a staff account</h1>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <pp-text-input fieldId="displayName" label="Full name" autocomplete="off" [spellcheck]="false" [error]="fieldError()['displayName']" formControlName="displayName" />
          <pp-text-input
            fieldId="username"
            label="Username"
            hint="What they sign in with: letters, digits, dots, dashes or underscores, starting with a letter. Not a prison number."
            widthClass="govuk-!-width-one-half"
            autocomplete="off"
            [spellcheck]="false"
            autocapitalize="none"
            [error]="fieldError()['username']"
            formControlName="username"
          />
          <pp-text-input
            fieldId="password"
            label="Temporary password"
            [hint]="passwordHint"
            widthClass="govuk-!-width-two-thirds"
            autocomplete="off"
            [spellcheck]="false"
            autocapitalize="none"
            [error]="fieldError()['password']"
            formControlName="password"
          />
          <pp-role-choice [prisons]="prisons()" [errors]="fieldError()" />
          <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">Add account</button>
        </form>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewStaffPage {
  private readonly api = inject(StaffApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly roleChoice = viewChild.required(RoleChoice);
  private readonly prisonList = prisonsResource();

  protected readonly prisons = computed(() => valueOf(this.prisonList) ?? []);
  protected readonly passwordHint = `At least ${PASSWORD_MIN_LENGTH} characters. Give it to them in person: they must choose their own when they first sign in.`;
  protected readonly form = inject(NonNullableFormBuilder).group({ displayName: [''], username: [''], password: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly saving = signal(false);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const { displayName, username, password } = this.form.getRawValue();
    const choice = rolesOfChoice(this.roleChoice().group.getRawValue());
    const problems: SummaryError[] = [];
    if (!displayName.trim()) problems.push({ field: 'displayName', text: 'Enter their full name' });
    if (!username.trim()) problems.push({ field: 'username', text: 'Enter a username' });
    else problems.push(...staffUsernameProblems(username).slice(0, 1).map((text) => ({ field: 'username', text })));
    if (!password) problems.push({ field: 'password', text: 'Enter a temporary password' });
    problems.push(...choice.errors);
    if (problems.length) {
      this.errors.set(problems);
      return;
    }
    this.saving.set(true);
    try {
      const account = await this.api.create({ displayName: displayName.trim(), username: username.trim(), password, roles: choice.roles });
      this.errors.set([]);
      this.flash.set(`Account added for ${account.displayName}. Give them their username and temporary password`);
      await this.router.navigate(['/staff', account.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldOf));
    } finally {
      this.saving.set(false);
    }
  }
}

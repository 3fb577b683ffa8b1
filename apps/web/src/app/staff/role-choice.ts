import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { PrisonSummary, RoleAssignmentRequest, RoleName, RoleAssignmentView } from '@peerpath/contracts';
import { ROLE_LABELS } from '@peerpath/web/auth/role-labels';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import { Radios, type RadioItem } from '@peerpath/web/govuk/radios';
import { Select, type SelectItem } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { startWith } from 'rxjs';

export type StaffRole = Exclude<RoleName, 'buddy'>;
type AuditorScope = '' | 'national' | 'cluster' | 'prison';

/** One role and its scope, as the admin chooses it. */
export function roleChoiceGroup() {
  return new FormGroup({
    role: new FormControl<StaffRole | ''>('', { nonNullable: true }),
    prisonCodes: new FormControl<string[]>([], { nonNullable: true }),
    scope: new FormControl<AuditorScope>('', { nonNullable: true }),
    clusterCode: new FormControl('', { nonNullable: true }),
    prisonCode: new FormControl('', { nonNullable: true }),
  });
}
export type RoleChoiceGroup = ReturnType<typeof roleChoiceGroup>;
export type RoleChoiceValue = ReturnType<RoleChoiceGroup['getRawValue']>;

/**
 * The role assignments a choice stands for, or the problems with it. A trainer or coordinator is
 * given each prison ticked (a trainer: the prisons they deliver at); an admin is national; an
 * auditor sees the whole country, one cluster or one prison (BRIEF: people and what they do).
 */
export function rolesOfChoice(choice: RoleChoiceValue): { roles: RoleAssignmentRequest[]; errors: SummaryError[] } {
  switch (choice.role) {
    case '':
      return { roles: [], errors: [{ field: 'role', text: 'Choose a role' }] };
    case 'admin':
      return { roles: [{ role: 'admin', scope: 'national' }], errors: [] };
    case 'trainer':
    case 'coordinator': {
      if (!choice.prisonCodes.length) {
        const text = choice.role === 'trainer' ? 'Choose the prisons they deliver training at' : 'Choose the prisons they coordinate at';
        return { roles: [], errors: [{ field: 'prisonCodes', text }] };
      }
      return { roles: choice.prisonCodes.map((prisonCode) => ({ role: choice.role as StaffRole, scope: 'prison', prisonCode })), errors: [] };
    }
    case 'auditor':
      if (choice.scope === 'national') return { roles: [{ role: 'auditor', scope: 'national' }], errors: [] };
      if (choice.scope === 'cluster') {
        return choice.clusterCode
          ? { roles: [{ role: 'auditor', scope: 'cluster', clusterCode: choice.clusterCode }], errors: [] }
          : { roles: [], errors: [{ field: 'clusterCode', text: 'Choose a cluster' }] };
      }
      if (choice.scope === 'prison') {
        return choice.prisonCode
          ? { roles: [{ role: 'auditor', scope: 'prison', prisonCode: choice.prisonCode }], errors: [] }
          : { roles: [], errors: [{ field: 'prisonCode', text: 'Choose a prison' }] };
      }
      return { roles: [], errors: [{ field: 'scope', text: 'Choose what the auditor can see' }] };
  }
}

/** A held role as the API takes it back (to keep it when giving or removing another). */
export function requestOf(view: RoleAssignmentView): RoleAssignmentRequest {
  return {
    role: view.role,
    scope: view.scope,
    ...(view.clusterCode ? { clusterCode: view.clusterCode } : {}),
    ...(view.prisonCode ? { prisonCode: view.prisonCode } : {}),
  };
}

/** The role radios, with the scope each role needs revealed under it. */
@Component({
  selector: 'pp-role-choice',
  imports: [ReactiveFormsModule, Radios, Select],
  template: `
    <div [formGroup]="group">
      <pp-radios fieldId="role" [legend]="legend()" legendClass="govuk-fieldset__legend--m" [items]="roleItems" [error]="errors()['role']" formControlName="role" />
      @if (role() === 'trainer' || role() === 'coordinator') {
        <div class="govuk-form-group" [class.govuk-form-group--error]="errors()['prisonCodes']">
          <fieldset class="govuk-fieldset" aria-describedby="prisonCodes-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Prisons</legend>
            <div class="govuk-hint" id="prisonCodes-hint">
              {{ role() === 'trainer' ? 'The prisons they deliver training at. Select all that apply.' : 'The prisons they coordinate at. Select all that apply.' }}
            </div>
            @if (errors()['prisonCodes']; as message) {
              <p class="govuk-error-message" id="prisonCodes-error"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
            }
            <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              @for (prison of prisons(); track prison.code; let first = $first) {
                <div class="govuk-checkboxes__item">
                  <input
                    class="govuk-checkboxes__input"
                    type="checkbox"
                    [id]="first ? 'prisonCodes' : 'prisonCodes-' + prison.code"
                    name="prisonCodes"
                    [value]="prison.code"
                    [checked]="prisonCodes().includes(prison.code)"
                    (change)="toggle(prison.code)"
                  />
                  <label class="govuk-label govuk-checkboxes__label" [for]="first ? 'prisonCodes' : 'prisonCodes-' + prison.code">{{ prison.name }} ({{ prison.code }})</label>
                </div>
              }
            </div>
          </fieldset>
        </div>
      }
      @if (role() === 'auditor') {
        <pp-radios fieldId="scope" legend="What can they see?" [items]="auditorScopes" [error]="errors()['scope']" formControlName="scope" />
        @if (scope() === 'cluster') {
          <pp-select fieldId="clusterCode" label="Cluster" [items]="clusterItems()" placeholder="Choose a cluster" [error]="errors()['clusterCode']" formControlName="clusterCode" />
        }
        @if (scope() === 'prison') {
          <pp-select fieldId="prisonCode" label="Prison" [items]="prisonOptions()" placeholder="Choose a prison" [error]="errors()['prisonCode']" formControlName="prisonCode" />
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleChoice {
  /** The choice; the page reads it with rolesOfChoice when the form is sent. */
  readonly group = roleChoiceGroup();
  readonly prisons = input.required<readonly PrisonSummary[]>();
  readonly errors = input<Readonly<Record<string, string>>>({});
  readonly legend = input('Role');

  protected readonly roleItems: RadioItem[] = (['trainer', 'coordinator', 'auditor', 'admin'] as const).map((role, i) => ({
    value: role,
    text: ROLE_LABELS[role],
    hint: ROLE_HINTS[role],
    ...(i === 0 ? { id: 'role' } : {}),
  }));
  protected readonly auditorScopes: RadioItem[] = [
    { value: 'national', text: 'England and Wales', id: 'scope' },
    { value: 'cluster', text: 'One cluster' },
    { value: 'prison', text: 'One prison' },
  ];

  private readonly value = toSignal(this.group.valueChanges.pipe(startWith(this.group.getRawValue())), { requireSync: true });
  protected readonly role = computed(() => this.value().role);
  protected readonly scope = computed(() => this.value().scope);
  protected readonly prisonCodes = computed(() => this.value().prisonCodes ?? []);
  protected readonly prisonOptions = computed(() => prisonItems(this.prisons()));
  protected readonly clusterItems = computed<SelectItem[]>(() => {
    const clusters = new Map(this.prisons().map((p) => [p.clusterCode, p.clusterName]));
    return [...clusters].map(([value, name]) => ({ value, text: name }));
  });

  protected toggle(code: string): void {
    const control = this.group.controls.prisonCodes;
    const codes = control.value;
    control.setValue(codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]);
  }
}

const ROLE_HINTS: Record<StaffRole, string> = {
  trainer: 'Runs cohorts: attendance and assessment decisions at the prisons they deliver at',
  coordinator: 'Selects, supervises, certifies and allocates buddies at their prisons',
  auditor: 'Reads everything in their scope and changes nothing',
  admin: 'Manages programmes, prisons and staff accounts across England and Wales',
};

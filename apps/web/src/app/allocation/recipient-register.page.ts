import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { canActAtPrison, holdsRole, PERMISSIONS } from '@peerpath/domain';
import { recipientsResource } from '@peerpath/web/allocation/allocation.api';
import { supportTag } from '@peerpath/web/allocation/allocation-labels';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/** A prison code from the address, or '' for every prison in scope. */
export function prisonFromQuery(prison: string | null | undefined): string {
  const code = (prison ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : '';
}

/** The recipient register: people with assessed care needs, those waiting for support first. */
@Component({
  selector: 'pp-recipient-register-page',
  imports: [ReactiveFormsModule, RouterLink, Select, DatePipe],
  templateUrl: './recipient-register.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientRegisterPage {
  /** Query parameter, bound by the router. */
  readonly prison = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  protected readonly prisonCode = computed(() => prisonFromQuery(this.prison()));
  protected readonly recipients = recipientsResource(this.prisonCode);
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly mayChange = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate));
  protected readonly form = inject(NonNullableFormBuilder).group({ prison: [''] });

  protected readonly waiting = computed(() => (valueOf(this.recipients) ?? []).filter((r) => r.activeAllocations === 0));
  protected readonly supported = computed(() => (valueOf(this.recipients) ?? []).filter((r) => r.activeAllocations > 0));
  protected readonly supportTag = supportTag;

  constructor() {
    effect(() => this.form.setValue({ prison: this.prisonCode() }));
  }

  /** Coordinators hold prison scope: they allocate and end allocations only at their own prisons. */
  protected mayActAt(prisonCode: string): boolean {
    return canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, { code: prisonCode, clusterCode: '' });
  }

  protected applyFilter(): void {
    void this.router.navigate(['/recipients'], { queryParams: { prison: prisonFromQuery(this.form.getRawValue().prison) || null } });
  }
}

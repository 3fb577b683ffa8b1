import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AllocationView } from '@peerpath/contracts';
import { canActAtPrison, holdsRole, PERMISSIONS } from '@peerpath/domain';
import { allocationsNeedingAttentionResource, allocationsResource } from '@peerpath/web/allocation/allocation.api';
import { certificateProblem } from '@peerpath/web/allocation/allocation-labels';
import { AllocationsTable } from '@peerpath/web/allocation/allocations-table';
import { prisonFromQuery } from '@peerpath/web/allocation/recipient-register.page';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { Flash } from '@peerpath/web/govuk/flash';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/**
 * Who supports whom now. Allocations whose buddy no longer holds a valid certificate come first:
 * the buddy should not be working until the coordinator has dealt with it.
 */
@Component({
  selector: 'pp-allocations-page',
  imports: [ReactiveFormsModule, RouterLink, AllocationsTable, SuccessBanner, Select],
  templateUrl: './allocations.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllocationsPage {
  /** Query parameter, bound by the router. */
  readonly prison = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly banner = inject(Flash).take();

  protected readonly prisonCode = computed(() => prisonFromQuery(this.prison()));
  protected readonly allocations = allocationsResource(this.prisonCode);
  protected readonly needingAttention = allocationsNeedingAttentionResource(this.prisonCode);
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly mayChange = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate));
  protected readonly form = inject(NonNullableFormBuilder).group({ prison: [''] });

  protected readonly certificateProblem = certificateProblem;
  protected readonly mayEnd = (allocation: AllocationView): boolean => this.mayActAt(allocation.prisonCode);

  constructor() {
    effect(() => this.form.setValue({ prison: this.prisonCode() }));
  }

  /** Coordinators hold prison scope: they allocate and end allocations only at their own prisons. */
  protected mayActAt(prisonCode: string): boolean {
    return canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, { code: prisonCode, clusterCode: '' });
  }

  protected applyFilter(): void {
    void this.router.navigate(['/allocations'], { queryParams: { prison: prisonFromQuery(this.form.getRawValue().prison) || null } });
  }
}

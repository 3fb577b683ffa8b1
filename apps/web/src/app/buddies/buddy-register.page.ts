import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { holdsRole, PERMISSIONS } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { buddyRegisterResource } from '@peerpath/web/buddies/buddies.api';
import {
  filtersFromQuery,
  pageItems,
  queryParamsOfForm,
  REGISTER_PAGE_SIZE,
  totalPages,
} from '@peerpath/web/buddies/register-query';
import { STAGE_OPTIONS, STAGE_TAGS } from '@peerpath/web/buddies/selection-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { Select } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/** The buddy register: everyone who applied, searched and filtered, within the caller's scope. */
@Component({
  selector: 'pp-buddy-register-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, TextInput, Select],
  templateUrl: './buddy-register.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuddyRegisterPage {
  /** Query parameters, bound by the router. */
  readonly search = input<string>();
  readonly prison = input<string>();
  readonly stage = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  protected readonly filters = computed(() =>
    filtersFromQuery({ search: this.search(), prison: this.prison(), stage: this.stage(), page: this.page() }),
  );
  protected readonly register = buddyRegisterResource(this.filters);
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly mayAdd = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.changeBuddyRecords));

  protected readonly form = inject(NonNullableFormBuilder).group({ search: [''], prison: [''], stage: [''] });
  protected readonly stageOptions = STAGE_OPTIONS;
  protected readonly tags = STAGE_TAGS;
  protected readonly filtered = computed(() => {
    const { search, prison, stage } = this.filters();
    return Boolean(search || prison || stage);
  });

  protected readonly pages = computed(() => {
    const result = valueOf(this.register);
    if (!result) return { items: [], last: 1, from: 0, to: 0 };
    const last = totalPages(result.total, result.pageSize);
    return {
      items: pageItems(result.page, last),
      last,
      from: result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1,
      to: (result.page - 1) * result.pageSize + result.items.length,
    };
  });

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      const { search, prison, stage } = this.filters();
      this.form.setValue({ search, prison, stage });
    });
  }

  protected applyFilters(): void {
    void this.router.navigate(['/buddies'], { queryParams: queryParamsOfForm(this.form.getRawValue()), queryParamsHandling: 'merge' });
  }

  protected readonly pageSize = REGISTER_PAGE_SIZE;
}

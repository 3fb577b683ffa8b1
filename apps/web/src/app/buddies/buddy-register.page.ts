import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { holdsRole, PERMISSIONS } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { buddyRegisterResource } from '@peerpath/web/buddies/buddies.api';
import { filtersFromQuery, queryParamsOfForm, REGISTER_PAGE_SIZE } from '@peerpath/web/buddies/register-query';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
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
  imports: [ReactiveFormsModule, RouterLink, DatePipe, TextInput, Select, Pagination],
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

  /** "Showing 26 to 50 of 312". */
  protected readonly showing = computed(() => {
    const result = valueOf(this.register);
    return result ? showingRange(result) : { from: 0, to: 0 };
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

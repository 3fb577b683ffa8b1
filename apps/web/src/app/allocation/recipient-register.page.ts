import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { RecipientSummary } from '@peerpath/contracts';
import { canActAtPrison, holdsRole, PERMISSIONS } from '@peerpath/domain';
import { recipientsResource } from '@peerpath/web/allocation/allocation.api';
import { supportTag } from '@peerpath/web/allocation/allocation-labels';
import { recipientFiltersOf, recipientFormParams, recipientListRequest } from '@peerpath/web/allocation/list-queries';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { Pagination, showingRange } from '@peerpath/web/govuk/pagination';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SortableHeader } from '@peerpath/web/govuk/sortable-header';
import type { Tag } from '@peerpath/web/govuk/tag';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { prisonCodeOf } from '@peerpath/web/platform/list-query';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { Select, type SelectItem } from '@peerpath/web/govuk/select';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

/** A prison code from the address, or '' for every prison in scope. */
export const prisonFromQuery = prisonCodeOf;

/**
 * The recipient register: people with assessed care needs, those waiting longest for a buddy
 * first. Searched, filtered, sorted and paged by the server, with the state in the address.
 */
@Component({
  selector: 'pp-recipient-register-page',
  imports: [ReactiveFormsModule, RouterLink, Select, TextInput, DatePipe, Pagination, SortableHeader],
  templateUrl: './recipient-register.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientRegisterPage {
  /** Query parameters, bound by the router. */
  readonly prison = input<string>();
  readonly support = input<string>();
  readonly search = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();

  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  protected readonly filters = computed(() =>
    recipientFiltersOf({ prison: this.prison(), support: this.support(), search: this.search(), sort: this.sort(), order: this.order(), page: this.page() }),
  );
  protected readonly sorted = computed(() => ({ sort: this.filters().sort, order: this.filters().order }));
  protected readonly recipients = recipientsResource(computed(() => recipientListRequest(this.filters())));
  protected readonly prisons = prisonsResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  protected readonly mayChange = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate));
  protected readonly form = inject(NonNullableFormBuilder).group({ search: [''], prison: [''], support: [''] });
  protected readonly supportOptions: readonly SelectItem[] = [
    { value: 'waiting', text: 'Waiting for a buddy' },
    { value: 'supported', text: 'Has a buddy' },
    { value: 'flagged', text: 'Buddy’s certificate no longer valid' },
  ];
  protected readonly filtered = computed(() => {
    const { search, prison, support } = this.filters();
    return Boolean(search || prison || support);
  });
  /** "Showing 1 to 25 of 312 people". */
  protected readonly caption = computed(() => {
    const result = valueOf(this.recipients);
    if (!result) return '';
    const { from, to } = showingRange(result);
    return `Showing ${from} to ${to} of ${result.total} ${result.total === 1 ? 'person' : 'people'}`;
  });
  /** The support tag, without the date the column beside it already gives. */
  protected supportCell(recipient: RecipientSummary): Tag {
    return recipient.activeAllocations === 0 ? { text: 'Waiting for a buddy', colour: 'govuk-tag--yellow' } : supportTag(recipient);
  }

  constructor() {
    // The form shows what the address says, also after Back and Forward.
    effect(() => {
      const { search, prison, support } = this.filters();
      this.form.setValue({ search, prison, support });
    });
  }

  /** Coordinators hold prison scope: they allocate and end allocations only at their own prisons. */
  protected mayActAt(prisonCode: string): boolean {
    return canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, { code: prisonCode, clusterCode: '' });
  }

  protected applyFilters(): void {
    void this.router.navigate(['/recipients'], { queryParams: recipientFormParams(this.form.getRawValue()), queryParamsHandling: 'merge' });
  }
}

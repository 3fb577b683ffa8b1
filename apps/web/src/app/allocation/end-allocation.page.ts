import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AllocationApi, allocationResource } from '@peerpath/web/allocation/allocation.api';
import { hoursText, tasksText } from '@peerpath/web/allocation/allocation-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { CharacterCount } from '@peerpath/web/govuk/character-count';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';

export const END_REASON_MAX = 500;

/** The reason as the API wants it, or what is wrong with it. */
export function endReasonErrors(reason: string): SummaryError[] {
  const trimmed = reason.trim();
  if (!trimmed) return [{ field: 'reason', text: 'Give a reason for ending the allocation' }];
  if (trimmed.length > END_REASON_MAX) return [{ field: 'reason', text: `Give a reason of up to ${END_REASON_MAX} characters` }];
  return [];
}

/** A coordinator ends an active allocation, saying why; both records keep the history. */
@Component({
  selector: 'pp-end-allocation-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, ErrorSummary, CharacterCount],
  templateUrl: './end-allocation.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EndAllocationPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(AllocationApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  private readonly loadedAllocation = allocationResource(this.id);
  /** Not found (or out of scope) reads as "not active": there is nothing here to end either way. */
  private readonly missing = computed(() => (this.loadedAllocation.error() as { status?: number } | undefined)?.status === 404);
  protected readonly loadFailed = computed(() => Boolean(this.loadedAllocation.error()) && !this.missing());
  protected readonly allocation = computed(() => {
    const allocation = valueOf(this.loadedAllocation);
    return allocation?.status === 'active' ? allocation : null;
  });
  protected readonly loaded = computed(() => valueOf(this.loadedAllocation) !== undefined || this.missing());

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: [''] });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);
  protected readonly reasonMax = END_REASON_MAX;
  protected readonly tasksText = tasksText;
  protected readonly hoursText = hoursText;

  constructor() {
    keepFormDraft(this.form, 'end-allocation');
  }

  protected async submit(): Promise<void> {
    const allocation = this.allocation();
    if (this.submitting() || !allocation) return;
    const { reason } = this.form.getRawValue();
    const problems = endReasonErrors(reason);
    if (problems.length > 0) {
      this.errors.set(problems);
      return;
    }
    this.submitting.set(true);
    try {
      await this.api.end(allocation.id, { reason: reason.trim() });
      this.errors.set([]);
      this.flash.set(`The allocation of ${allocation.buddyName} to ${allocation.recipientName} has ended.`);
      await this.router.navigate(['/allocations']);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'reason' ? 'reason' : null)));
    } finally {
      this.submitting.set(false);
    }
  }
}

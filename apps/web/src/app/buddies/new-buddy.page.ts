import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PERMISSIONS, prisonsInScope } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';
import { BuddiesApi } from '@peerpath/web/buddies/buddies.api';
import { applicationFieldId, applicationRequestOf } from '@peerpath/web/buddies/application-form';
import type { BuddyPageState } from '@peerpath/web/buddies/buddy.page';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { PersonFields } from '@peerpath/web/govuk/person-fields';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { valueOf } from '@peerpath/web/govuk/resource-value';

/** A coordinator records someone's application to become a buddy. */
@Component({
  selector: 'pp-new-buddy-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, PersonFields],
  templateUrl: './new-buddy.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewBuddyPage {
  private readonly api = inject(BuddiesApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly allPrisons = prisonsResource();

  /** Only the prisons where the user coordinates: an auditor's wider scope does not allow adding. */
  protected readonly prisons = computed(() =>
    prisonsInScope(this.auth.currentUser()?.roles ?? [], PERMISSIONS.changeBuddyRecords, valueOf(this.allPrisons) ?? []),
  );
  protected readonly prisonsFailed = computed(() => Boolean(this.allPrisons.error()));

  protected readonly form = this.fb.group({
    prisonNumber: [''],
    firstName: [''],
    lastName: [''],
    prisonCode: [''],
    appliedOn: this.fb.group(datePartsOf(todayIso())),
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    keepFormDraft(this.form);
    // With a single prison there is nothing to choose.
    effect(() => {
      const prisons = this.prisons();
      if (prisons.length === 1 && !this.form.controls.prisonCode.value) this.form.controls.prisonCode.setValue(prisons[0].code);
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const checked = applicationRequestOf(this.form.getRawValue(), todayIso());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const buddy = await this.api.recordApplication(checked.request);
      this.errors.set([]);
      // The record opens with a success banner, carried in the navigation (a reload does not repeat it).
      const state: BuddyPageState = { banner: `Applicant added: ${buddy.firstName} ${buddy.lastName} (${buddy.prisonNumber}). Record the selection decision next.` };
      await this.router.navigate(['/buddies', buddy.id], { state });
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, applicationFieldId));
    } finally {
      this.submitting.set(false);
    }
  }
}

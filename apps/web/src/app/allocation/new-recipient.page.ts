import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PERMISSIONS, prisonsInScope } from '@peerpath/domain';
import { AllocationApi } from '@peerpath/web/allocation/allocation.api';
import { recipientFieldId, recipientRequestOf, SUPPORT_SUMMARY_MAX } from '@peerpath/web/allocation/recipient-form';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { PersonFields } from '@peerpath/web/govuk/person-fields';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { CharacterCount } from '@peerpath/web/govuk/character-count';

/** A coordinator adds someone with assessed care needs to the recipient register. */
@Component({
  selector: 'pp-new-recipient-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, PersonFields, TextInput, CharacterCount],
  templateUrl: './new-recipient.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRecipientPage {
  private readonly api = inject(AllocationApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly flash = inject(Flash);
  private readonly allPrisons = prisonsResource();

  /** Only the prisons where the user coordinates: an auditor's wider scope does not allow adding. */
  protected readonly prisons = computed(() =>
    prisonsInScope(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, valueOf(this.allPrisons) ?? []),
  );
  protected readonly prisonsFailed = computed(() => Boolean(this.allPrisons.error()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    prisonNumber: [''],
    firstName: [''],
    lastName: [''],
    prisonCode: [''],
    supportSummary: [''],
    carePlanReference: [''],
  });
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);
  protected readonly summaryMax = SUPPORT_SUMMARY_MAX;

  constructor() {
    effect(() => {
      const prisons = this.prisons();
      if (prisons.length === 1 && !this.form.controls.prisonCode.value) this.form.controls.prisonCode.setValue(prisons[0].code);
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const checked = recipientRequestOf(this.form.getRawValue());
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const recipient = await this.api.addRecipient(checked.request);
      this.errors.set([]);
      this.flash.set(`${recipient.firstName} ${recipient.lastName} is on the recipient register.`);
      await this.router.navigate(['/recipients', recipient.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, recipientFieldId));
    } finally {
      this.submitting.set(false);
    }
  }
}

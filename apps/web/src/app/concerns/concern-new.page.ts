import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ConcernKind } from '@peerpath/contracts';
import { recipientResource } from '@peerpath/web/allocation/allocation.api';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { keepSignalsDraft } from '@peerpath/web/auth/session/keep-draft';
import { buddyResource } from '@peerpath/web/buddies/buddies.api';
import { concernFieldId, concernRequestOf, concernSubjectOf, DESCRIPTION_MAX, KIND_HINTS, KIND_TEXT } from '@peerpath/web/concerns/concern-labels';
import { ConcernsApi } from '@peerpath/web/concerns/concerns.api';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { focusAfterRender, SUCCESS_BANNER_HEADING } from '@peerpath/web/govuk/focus';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';
import { CharacterCount } from '@peerpath/web/govuk/character-count';

/**
 * /concerns/new?buddy=… or ?recipient=…: a safeguarding or boundary concern about one person.
 * `cohort=…` says the trainer came from a cohort's page, which is where they go back to.
 */
@Component({
  selector: 'pp-concern-new-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner, CharacterCount, Radios],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <a class="govuk-back-link" [routerLink]="backLink()">Back</a>
        <pp-error-summary [errors]="errors()" />
        @if (raised(); as message) {
          <pp-success-banner [message]="message" />
          <h1 class="govuk-heading-l">Concern raised</h1>
          <p class="govuk-body"><a class="govuk-link" [routerLink]="backLink()">Continue</a></p>
        } @else if (subject(); as subject) {
          <span class="govuk-caption-l">{{ subjectLabel() }}</span>
          <h1 class="govuk-heading-l">Raise a concern</h1>
          <p class="govuk-body">A coordinator at the prison reviews every concern. If someone is in immediate danger, tell a member of staff now.</p>
          <form (submit)="$event.preventDefault(); submit()" novalidate data-testid="concern-form">
            <pp-radios fieldId="kind" legend="What kind of concern is it?" [items]="kindItems" [error]="fieldErrors()['kind-safeguarding']" [(value)]="kind" />
            <pp-character-count
              fieldId="description"
              label="What happened?"
              hint="What you saw or were told, when and where, and who was there. Up to {{ max }} characters."
              [maxlength]="max"
              [rows]="6"
              [error]="fieldErrors()['description']"
              [(value)]="description"
            />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null">
                Raise concern
              </button>
              <a class="govuk-link" [routerLink]="backLink()">Cancel</a>
            </div>
          </form>
        } @else {
          <h1 class="govuk-heading-l">Raise a concern</h1>
          <p class="govuk-body">Open the record of the buddy, or the person they support, and raise the concern from there.</p>
        }
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernNewPage {
  /** Query parameters, bound by the router. */
  readonly buddy = input<string>();
  readonly recipient = input<string>();
  /** The cohort page the concern was raised from, if any. */
  readonly cohort = input<string>();

  private readonly api = inject(ConcernsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);

  protected readonly subject = computed(() => concernSubjectOf({ buddy: this.buddy(), recipient: this.recipient() }));
  /** The person's name, when the caller may read their record (trainers may not: the form still works). */
  /** The subject's id when it is of this kind and the caller may read its record. */
  private readableSubject(kind: 'buddy' | 'recipient'): string | undefined {
    const s = this.subject();
    return s?.kind === kind && mayOpen('buddies', this.auth.roles()) ? s.id : undefined;
  }
  private readonly buddyRecord = buddyResource(() => this.readableSubject('buddy'));
  private readonly recipientRecord = recipientResource(() => this.readableSubject('recipient'));
  protected readonly subjectLabel = computed(() => {
    const person =
      this.subject()?.kind === 'buddy'
        ? this.buddyRecord.hasValue()
          ? this.buddyRecord.value()
          : undefined
        : this.recipientRecord.hasValue()
          ? this.recipientRecord.value()
          : undefined;
    const role = this.subject()?.kind === 'buddy' ? 'Buddy' : 'Person supported';
    return person ? `${role}: ${person.firstName} ${person.lastName}, ${person.prisonNumber}` : role;
  });
  /** Back to where the concern was raised from: the cohort, the recipient or the buddy's record. */
  protected readonly backLink = computed<string[]>(() => {
    const subject = this.subject();
    const cohort = this.cohort();
    if (cohort) return ['/cohorts', cohort];
    if (subject?.kind === 'recipient' && mayOpen('recipients', this.auth.roles())) return ['/recipients', subject.id];
    if (subject?.kind === 'buddy' && mayOpen('buddies', this.auth.roles())) return ['/buddies', subject.id];
    return ['/'];
  });
  /** Shown here when there is no page to go back to that would show it (a trainer with no cohort). */
  protected readonly raised = signal<string | null>(null);

  protected readonly kindItems: readonly RadioItem[] = (['safeguarding', 'boundary'] as const).map((kind) => ({
    value: kind,
    text: KIND_TEXT[kind],
    hint: KIND_HINTS[kind],
  }));
  protected readonly max = DESCRIPTION_MAX;
  /** One of the radios' values, so a ConcernKind once chosen. */
  protected readonly kind = signal('');
  protected readonly description = signal('');
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);

  constructor() {
    // What happened, in the raiser's words, survives the session ending.
    keepSignalsDraft({ kind: this.kind, description: this.description });
  }

  protected async submit(): Promise<void> {
    const subject = this.subject();
    if (!subject || this.saving()) return;
    const checked = concernRequestOf(subject, { kind: this.kind() as ConcernKind | '', description: this.description() });
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.saving.set(true);
    try {
      const concern = await this.api.raise(checked.request);
      this.errors.set([]);
      const message = `Concern about ${concern.subjectName} raised. A coordinator at the prison will review it.`;
      // Trainers raise concerns but do not read them; they go back where they came from, which
      // shows the message (the cohort page does). With nowhere to go back to, it is shown here.
      if (mayOpen('concerns', this.auth.roles())) {
        this.flash.set(message);
        await this.router.navigate(['/concerns', concern.id]);
      } else if (this.cohort()) {
        this.flash.set(message);
        await this.router.navigate(this.backLink());
      } else {
        this.raised.set(message);
        focusAfterRender(this.injector, SUCCESS_BANNER_HEADING);
      }
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, concernFieldId));
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { BuddyDetail, CohortSummary, EnrolmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { buddyProgressResource, buddyResource } from '@peerpath/web/buddies/buddies.api';
import { EnrolForm } from '@peerpath/web/buddies/enrol-form';
import { SelectionForm } from '@peerpath/web/buddies/selection-form';
import { mayCoordinateAt, SELECTION_TAGS } from '@peerpath/web/buddies/selection-labels';
import { TrainingSoFar } from '@peerpath/web/buddies/training-so-far';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';

/** What the page may offer the signed-in person for this buddy. */
export interface BuddyActions {
  /** The selection form is open: a first decision, or a coordinator chose to change it. */
  selectionForm: boolean;
  /** "Change the decision" is offered (decided, form closed). */
  changeDecision: boolean;
  enrol: boolean;
}

export function buddyActions(buddy: Pick<BuddyDetail, 'selectionStatus'>, mayCoordinate: boolean, redeciding: boolean): BuddyActions {
  if (!mayCoordinate) return { selectionForm: false, changeDecision: false, enrol: false };
  const undecided = buddy.selectionStatus === 'applied';
  return {
    selectionForm: undecided || redeciding,
    changeDecision: !undecided && !redeciding,
    enrol: buddy.selectionStatus === 'approved' && !redeciding,
  };
}

@Component({
  selector: 'pp-buddy-page',
  imports: [RouterLink, DatePipe, SelectionForm, TrainingSoFar, EnrolForm],
  templateUrl: './buddy.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuddyPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  protected readonly buddy = buddyResource(this.id);
  protected readonly notFound = computed(() => {
    const error = this.buddy.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly progress = buddyProgressResource(
    this.id,
    computed(() => this.buddy.hasValue()),
  );
  protected readonly tags = SELECTION_TAGS;

  /** Set when a coordinator opens the form to change a decision; closes again for another buddy. */
  protected readonly redeciding = linkedSignal({ source: this.id, computation: () => false });
  protected readonly success = linkedSignal<string, string | null>({ source: this.id, computation: () => null });

  protected readonly actions = computed<BuddyActions>(() => {
    const buddy = this.buddy.value();
    if (!buddy) return { selectionForm: false, changeDecision: false, enrol: false };
    const may = mayCoordinateAt(this.auth.currentUser()?.roles ?? [], buddy.prisonCode);
    return buddyActions(buddy, may, this.redeciding());
  });
  protected readonly activeCohortIds = computed(() =>
    (this.progress.hasValue() ? this.progress.value().enrolments : []).filter((e) => e.status === 'active').map((e) => e.cohortId),
  );
  constructor() {
    // The route's title says "Buddy"; once the record is here, the tab names the person.
    const title = inject(Title);
    effect(() => {
      const buddy = this.buddy.value();
      if (buddy) title.setTitle(`${buddy.firstName} ${buddy.lastName} – ${SERVICE_NAME}`);
    });
  }

  protected onDecided(updated: BuddyDetail): void {
    this.buddy.set(updated);
    this.redeciding.set(false);
    this.success.set(`Selection decision recorded: ${SELECTION_TAGS[updated.selectionStatus].text.toLowerCase()}.`);
  }

  protected onEnrolled(event: { enrolment: EnrolmentView; cohort: CohortSummary }): void {
    this.success.set(`${event.enrolment.firstName} ${event.enrolment.lastName} is enrolled in ${event.cohort.name}.`);
    this.progress.reload();
  }
}

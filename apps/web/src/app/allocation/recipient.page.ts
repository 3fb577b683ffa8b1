import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { canActAtPrison, PERMISSIONS } from '@peerpath/domain';
import { recipientAllocationsResource, recipientResource } from '@peerpath/web/allocation/allocation.api';
import { supportTag } from '@peerpath/web/allocation/allocation-labels';
import { AllocationsTable } from '@peerpath/web/allocation/allocations-table';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { Flash } from '@peerpath/web/govuk/flash';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { OutcomeReviewsSection } from '@peerpath/web/outcomes/outcome-reviews-section';
import { outcomeReviewsResource } from '@peerpath/web/outcomes/outcomes.api';

/** One recipient: who they are, the support they need and the buddies supporting them now. */
@Component({
  selector: 'pp-recipient-page',
  imports: [RouterLink, AllocationsTable, SuccessBanner, OutcomeReviewsSection],
  templateUrl: './recipient.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  protected readonly banner = inject(Flash).take();
  protected readonly recipient = recipientResource(this.id);
  private readonly prison = computed(() => valueOf(this.recipient)?.prisonCode ?? '');
  private readonly allocations = recipientAllocationsResource(this.id);
  protected readonly allocationsFailed = computed(() => Boolean(this.allocations.error()));
  /** Their active allocations. */
  protected readonly theirs = computed(() => valueOf(this.allocations)?.items);
  private readonly outcomeReviews = outcomeReviewsResource(this.id);
  protected readonly reviews = computed(() => valueOf(this.outcomeReviews));
  protected readonly reviewsFailed = computed(() => Boolean(this.outcomeReviews.error()));
  /** Coordinators at the recipient's prison record outcome reviews with them. */
  protected readonly mayRecordReview = computed(() => {
    const code = this.prison();
    return code !== '' && canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.recordOutcomeReviews, { code, clusterCode: '' });
  });
  /**
   * A coordinator at the recipient's prison may allocate and raise a concern (coordinators hold
   * prison scope, so the cluster is not needed). The API decides in the end.
   */
  protected readonly mayAllocate = computed(() => {
    const code = this.prison();
    return code !== '' && canActAtPrison(this.auth.currentUser()?.roles ?? [], PERMISSIONS.allocate, { code, clusterCode: '' });
  });
  /** Auditors and admins follow the record's changes in the audit trail. */
  protected readonly mayReadAuditTrail = computed(() => mayOpen('auditTrail', this.auth.roles()));
  protected readonly notFound = computed(() => {
    const error = this.recipient.error() as { status?: number } | undefined;
    return error?.status === 404 || error?.status === 400;
  });

  protected readonly supportTag = supportTag;

  constructor() {
    // The route's title says "Recipient"; once the record is here, the tab names the person.
    const title = inject(Title);
    effect(() => {
      const person = valueOf(this.recipient);
      if (person) title.setTitle(`${person.firstName} ${person.lastName} – ${SERVICE_NAME}`);
    });
  }
}

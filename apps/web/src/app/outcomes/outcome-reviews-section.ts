import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RecipientOutcomeReviews } from '@peerpath/contracts';
import { OUTCOME_STATEMENTS, outcomeScoreWords } from '@peerpath/domain';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { formatDate } from '@peerpath/web/govuk/dates';

/** When the next outcome review falls, in words; nothing to say while nobody supports them. */
export function nextReviewText(reviews: Pick<RecipientOutcomeReviews, 'nextDueOn' | 'due'>): string {
  if (!reviews.nextDueOn) return 'No review is due while nobody supports them.';
  return reviews.due ? `Next review due ${formatDate(reviews.nextDueOn)}: it is due now.` : `Next review due ${formatDate(reviews.nextDueOn)}.`;
}

/** What the recipient has said their buddy's support does for them, newest first. */
@Component({
  selector: 'pp-outcome-reviews-section',
  imports: [DatePipe, RouterLink],
  template: `
    <p class="govuk-body" data-testid="outcome-review-due">
      @if (reviews().due) {
        <strong class="govuk-tag govuk-tag--orange">Review due</strong>
      }
      {{ dueText() }}
    </p>
    @if (mayRecord()) {
      <a class="govuk-button govuk-button--secondary" data-module="govuk-button" role="button" draggable="false" [routerLink]="['/recipients', recipientId(), 'outcome-review']">
        Record an outcome review
      </a>
    }
    @if (reviews().reviews.length === 0) {
      <p class="govuk-body">No outcome review has been recorded yet.</p>
    } @else {
      <div class="pp-scroll-region" role="region" aria-labelledby="outcome-reviews-caption" tabindex="0">
        <table class="govuk-table govuk-table--small-text-until-tablet" data-testid="outcome-reviews">
          <caption id="outcome-reviews-caption" class="govuk-table__caption govuk-table__caption--s">Outcome reviews, newest first</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Date</th>
              <th scope="col" class="govuk-table__header">“{{ statements.helps }}”</th>
              <th scope="col" class="govuk-table__header">“{{ statements.independence }}”</th>
              <th scope="col" class="govuk-table__header">In their own words</th>
              <th scope="col" class="govuk-table__header">Recorded by</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (review of reviews().reviews; track review.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{{ review.reviewedOn | ppDate }}</td>
                <td class="govuk-table__cell">{{ words(review.helpsScore) }}</td>
                <td class="govuk-table__cell">{{ words(review.independenceScore) }}</td>
                <td class="govuk-table__cell">{{ review.comment || '–' }}</td>
                <td class="govuk-table__cell">{{ review.recordedByName }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutcomeReviewsSection {
  readonly recipientId = input.required<string>();
  readonly reviews = input.required<RecipientOutcomeReviews>();
  readonly mayRecord = input(false);
  protected readonly statements = OUTCOME_STATEMENTS;
  protected readonly words = outcomeScoreWords;
  protected readonly dueText = computed(() => nextReviewText(this.reviews()));
}

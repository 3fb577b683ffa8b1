import type { OutcomeScore, RecordOutcomeReviewRequest } from '@peerpath/contracts';
import { OUTCOME_SCALE, OUTCOME_STATEMENTS } from '@peerpath/domain';
import { DateParts, isoDateOf } from '@peerpath/web/govuk/dates';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import type { RadioItem } from '@peerpath/web/govuk/radios';

/*
 * Form → request for an outcome review. These checks only save a round trip: the API checks
 * everything again, and its field errors land in the same places.
 */

type Checked<T> = { request: T; errors?: never } | { request?: never; errors: SummaryError[] };

export const COMMENT_MAX = 1000;

type Score = '' | '1' | '2' | '3' | '4' | '5';

export interface OutcomeReviewFormValue {
  reviewedOn: DateParts;
  helpsScore: Score;
  independenceScore: Score;
  comment: string;
}

/** The five answers, strongly agree first as the recipient hears them read out. */
export const OUTCOME_ANSWERS: readonly RadioItem[] = OUTCOME_SCALE.map((text, i) => ({ value: String(i + 1), text })).reverse();

/** Where each request field lives on the page; radios link to their first option (strongly agree). */
export function outcomeReviewFieldId(path: string): string | null {
  switch (path) {
    case 'reviewedOn':
      return 'reviewedOn-day';
    case 'helpsScore':
      return 'helpsScore-5';
    case 'independenceScore':
      return 'independenceScore-5';
    case 'comment':
      return 'comment';
    default:
      return null;
  }
}

export function outcomeReviewRequestOf(value: OutcomeReviewFormValue, today: string): Checked<RecordOutcomeReviewRequest> {
  const errors: SummaryError[] = [];
  const reviewedOn = isoDateOf(value.reviewedOn);
  if (!reviewedOn) errors.push({ field: 'reviewedOn-day', text: 'Enter the date of the review as a real date, for example 27 3 2026' });
  else if (reviewedOn > today) errors.push({ field: 'reviewedOn-day', text: 'The date of the review cannot be in the future' });
  if (!value.helpsScore) errors.push({ field: 'helpsScore-5', text: `Select their answer to “${OUTCOME_STATEMENTS.helps}”` });
  if (!value.independenceScore) errors.push({ field: 'independenceScore-5', text: `Select their answer to “${OUTCOME_STATEMENTS.independence}”` });
  if (value.comment.length > COMMENT_MAX) errors.push({ field: 'comment', text: `Their own words must be ${COMMENT_MAX} characters or fewer` });

  if (errors.length > 0 || !reviewedOn) return { errors };
  const comment = value.comment.trim();
  return {
    request: {
      reviewedOn,
      helpsScore: Number(value.helpsScore) as OutcomeScore,
      independenceScore: Number(value.independenceScore) as OutcomeScore,
      ...(comment ? { comment } : {}),
    },
  };
}

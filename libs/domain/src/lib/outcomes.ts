import { addDays } from './dates';

/** A recipient's first outcome review falls this many days after their support started... */
export const FIRST_OUTCOME_REVIEW_AFTER_DAYS = 28;
/** ...and then each one this many days after the last (a quarterly check that support helps). */
export const OUTCOME_REVIEW_INTERVAL_DAYS = 91;

/** The two statements a recipient answers, 1 (strongly disagree) to 5 (strongly agree). */
export const OUTCOME_STATEMENTS = {
  helps: 'My buddy helps me do the things I need',
  independence: 'I can do more for myself than before',
} as const;

export const OUTCOME_SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const;

/** Score 1 to 5 in words, as the recipient heard it. */
export const outcomeScoreWords = (score: number): string => OUTCOME_SCALE[score - 1] ?? 'Not recorded';

/**
 * When a supported recipient's next outcome review falls: 28 days after their support started,
 * then 91 days after the last review. Null when they are not being supported now (nobody to
 * review the support with).
 */
export function outcomeReviewDueOn(input: { supportedSince: string | null; lastReviewedOn: string | null }): string | null {
  if (input.supportedSince === null) return null;
  return input.lastReviewedOn === null
    ? addDays(input.supportedSince, FIRST_OUTCOME_REVIEW_AFTER_DAYS)
    : addDays(input.lastReviewedOn, OUTCOME_REVIEW_INTERVAL_DAYS);
}

/** Due on the day itself and every day after, until a review is recorded. */
export function outcomeReviewDue(input: { supportedSince: string | null; lastReviewedOn: string | null; today: string }): boolean {
  const dueOn = outcomeReviewDueOn(input);
  return dueOn !== null && dueOn <= input.today;
}

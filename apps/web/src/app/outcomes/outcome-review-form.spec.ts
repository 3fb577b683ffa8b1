import { OUTCOME_ANSWERS, outcomeReviewFieldId, outcomeReviewRequestOf, type OutcomeReviewFormValue } from '@peerpath/web/outcomes/outcome-review-form';

const form = (extra: Partial<OutcomeReviewFormValue> = {}): OutcomeReviewFormValue => ({
  reviewedOn: { day: '2', month: '3', year: '2026' },
  helpsScore: '4',
  independenceScore: '3',
  comment: '',
  ...extra,
});

describe('outcome review form', () => {
  it('turns the answers into scores, leaving out an empty comment', () => {
    expect(outcomeReviewRequestOf(form(), '2026-03-05')).toEqual({ request: { reviewedOn: '2026-03-02', helpsScore: 4, independenceScore: 3 } });
    expect(outcomeReviewRequestOf(form({ comment: ' Good ' }), '2026-03-05').request?.comment).toBe('Good');
  });

  it('refuses a future date, missing answers and a comment over 1000 characters', () => {
    const { errors } = outcomeReviewRequestOf(form({ reviewedOn: { day: '6', month: '3', year: '2026' }, helpsScore: '', comment: 'x'.repeat(1001) }), '2026-03-05');
    expect(errors?.map((e) => e.field)).toEqual(['reviewedOn-day', 'helpsScore-5', 'comment']);
    expect(errors?.[0].text).toBe('The date of the review cannot be in the future');
  });

  it('offers the five answers strongly agree first, scored 5 to 1', () => {
    expect(OUTCOME_ANSWERS.map((a) => `${a.value} ${a.text}`)).toEqual(['5 Strongly agree', '4 Agree', '3 Neither agree nor disagree', '2 Disagree', '1 Strongly disagree']);
  });

  it('puts API field errors where the questions are', () => {
    expect(['reviewedOn', 'helpsScore', 'independenceScore', 'comment', 'other'].map(outcomeReviewFieldId)).toEqual(['reviewedOn-day', 'helpsScore-5', 'independenceScore-5', 'comment', null]);
  });
});

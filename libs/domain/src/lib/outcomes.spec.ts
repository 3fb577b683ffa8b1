import { outcomeReviewDue, outcomeReviewDueOn, outcomeScoreWords } from './outcomes';

describe('outcome reviews', () => {
  it('falls 28 days after support started, then 91 days after the last review', () => {
    expect(outcomeReviewDueOn({ supportedSince: '2026-01-01', lastReviewedOn: null })).toBe('2026-01-29');
    expect(outcomeReviewDueOn({ supportedSince: '2026-01-01', lastReviewedOn: '2026-02-01' })).toBe('2026-05-03');
  });

  it('is never due for someone not being supported now', () => {
    expect(outcomeReviewDueOn({ supportedSince: null, lastReviewedOn: '2025-01-01' })).toBeNull();
    expect(outcomeReviewDue({ supportedSince: null, lastReviewedOn: null, today: '2026-12-01' })).toBe(false);
  });

  it('is due on the day itself, not the day before', () => {
    expect(outcomeReviewDue({ supportedSince: '2026-01-01', lastReviewedOn: null, today: '2026-01-28' })).toBe(false);
    expect(outcomeReviewDue({ supportedSince: '2026-01-01', lastReviewedOn: null, today: '2026-01-29' })).toBe(true);
  });

  it('reads scores in the words the recipient heard', () => {
    expect(outcomeScoreWords(1)).toBe('Strongly disagree');
    expect(outcomeScoreWords(5)).toBe('Strongly agree');
  });
});

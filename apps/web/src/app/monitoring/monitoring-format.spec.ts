import { captionOf, changeInWords, formatCell, formatValue, previousPeriodInWords } from '@peerpath/web/monitoring/monitoring-format';

describe('formatValue', () => {
  it.each([
    [1204, 'count', '1,204'],
    [42.5, 'percent', '42.5%'],
    [100, 'percent', '100%'],
    [1, 'days', '1 day'],
    [27.25, 'days', '27.3 days'],
    [3.5, 'hours', '3.5 hours'],
    [212, 'hours', '212.0 hours'],
    [6543.5, 'pounds', '£6,543.50'],
    [3.84, 'score', '3.8 out of 5'],
  ] as const)('writes %s %s as "%s"', (value, unit, words) => {
    expect(formatValue(value, unit)).toBe(words);
  });

  it('says when there is nothing to measure', () => {
    expect(formatValue(null, 'days')).toBe('No figure');
  });
});

describe('formatCell', () => {
  it('writes numbers by their column’s unit, a score without "out of 5" (its heading says so), and text as it is', () => {
    expect(formatCell(87.5, 'percent')).toBe('87.5%');
    expect(formatCell(3.9, 'score')).toBe('3.9');
    expect(formatCell(1500, undefined)).toBe('1,500');
    expect(formatCell('HMP Exeter', undefined)).toBe('HMP Exeter');
    expect(formatCell(null, 'count')).toBe('No figure');
  });
});

describe('changeInWords', () => {
  it('says which way a figure moved and from what', () => {
    expect(changeInWords({ value: 15, previous: 12, unit: 'count' })).toBe('up 3 from 12');
    expect(changeInWords({ value: 48, previous: 51, unit: 'count' })).toBe('down 3 from 51');
    expect(changeInWords({ value: 87.5, previous: 80, unit: 'percent' })).toBe('up 7.5 percentage points from 80%');
    expect(changeInWords({ value: 212.25, previous: 198, unit: 'hours' })).toBe('up 14.3 hours from 198.0 hours');
    expect(changeInWords({ value: 100, previous: 112.5, unit: 'pounds' })).toBe('down £12.50 from £112.50');
    expect(changeInWords({ value: 3.84, previous: 3.6, unit: 'score' })).toBe('up 0.2 from 3.6 out of 5');
  });

  it('calls a change too small to show no change', () => {
    expect(changeInWords({ value: 9, previous: 9, unit: 'count' })).toBe('no change from 9');
    expect(changeInWords({ value: 3.62, previous: 3.6, unit: 'score' })).toBe('no change from 3.6 out of 5');
  });

  it('says when there is no previous figure, or nothing to measure now', () => {
    expect(changeInWords({ value: 11, previous: null, unit: 'count' })).toBe('no previous figure');
    expect(changeInWords({ value: null, previous: 27, unit: 'days' })).toBe('previously 27 days');
  });
});

describe('the period in words', () => {
  it('names the previous period by its length in months when it is whole months, else in days', () => {
    expect(previousPeriodInWords({ from: '2025-12-02', to: '2026-12-01' })).toBe('the 12 months before');
    expect(previousPeriodInWords({ from: '2026-11-01', to: '2026-11-30' })).toBe('the month before');
    expect(previousPeriodInWords({ from: '2026-02-01', to: '2026-02-28' })).toBe('the month before');
    expect(previousPeriodInWords({ from: '2026-11-10', to: '2026-11-23' })).toBe('the 14 days before');
  });

  it('captions the dashboard with its scope and period', () => {
    expect(captionOf('HMP Exeter', { from: '2025-12-02', to: '2026-12-01' })).toBe(
      'HMP Exeter, 2 December 2025 to 1 December 2026, compared with the 12 months before',
    );
  });
});

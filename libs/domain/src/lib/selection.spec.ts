import { selectionProblems } from './selection';

const base = { outcome: 'approved' as const, securityCheckDone: true, riskAssessmentDone: true, decidedOn: '2026-03-10' };

describe('selectionProblems', () => {
  it('approves when both checks are done', () => expect(selectionProblems(base, '2026-03-01', '2026-03-10')).toEqual([]));

  it.each([
    [{ securityCheckDone: false }, ['securityCheckDone']],
    [{ riskAssessmentDone: false }, ['riskAssessmentDone']],
    [{ securityCheckDone: false, riskAssessmentDone: false }, ['securityCheckDone', 'riskAssessmentDone']],
  ])('refuses approval without checks %o', (change, fields) => {
    expect(selectionProblems({ ...base, ...change }, '2026-03-01', '2026-03-10').map((p) => p.field)).toEqual(fields);
  });

  it('lets a decline go ahead without checks', () => {
    expect(selectionProblems({ ...base, outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false }, '2026-03-01', '2026-03-10')).toEqual([]);
  });

  it('keeps the decision date between the application and today, inclusive', () => {
    expect(selectionProblems({ ...base, decidedOn: '2026-03-01' }, '2026-03-01', '2026-03-01')).toEqual([]);
    expect(selectionProblems({ ...base, decidedOn: '2026-02-28' }, '2026-03-01', '2026-03-10').map((p) => p.field)).toEqual(['decidedOn']);
    expect(selectionProblems({ ...base, decidedOn: '2026-03-11' }, '2026-03-01', '2026-03-10').map((p) => p.field)).toEqual(['decidedOn']);
  });
});

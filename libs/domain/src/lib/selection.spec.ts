import { bulkSelectionProblems, selectionProblems } from './selection';

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

describe('bulkSelectionProblems', () => {
  const people = [
    { prisonNumber: 'A1111AA', appliedOn: '2026-03-01', released: false },
    { prisonNumber: 'A2222BB', appliedOn: '2026-03-12', released: false },
    { prisonNumber: 'A3333CC', appliedOn: '2026-03-02', released: true },
  ];

  it('lets everyone through when the decision and each person are in order', () => {
    const result = bulkSelectionProblems(base, [people[0]], '2026-03-10');
    expect(result.decision).toEqual([]);
    expect(result.people.map((p) => p.reasons)).toEqual([[]]);
  });

  it('puts what is wrong with the decision beside its fields, once, not per person', () => {
    const result = bulkSelectionProblems({ ...base, securityCheckDone: false, riskAssessmentDone: false, decidedOn: '2026-03-11' }, [people[0]], '2026-03-10');
    expect(result.decision.map((p) => p.field)).toEqual(['securityCheckDone', 'riskAssessmentDone', 'decidedOn']);
    expect(result.people[0].reasons).toEqual([]);
  });

  it('lists each person with every reason of their own', () => {
    const result = bulkSelectionProblems({ ...base, decidedOn: '2026-03-01' }, people, '2026-03-20');
    expect(result.people.map((p) => [p.applicant.prisonNumber, p.reasons.map((r) => r.code)])).toEqual([
      ['A1111AA', []],
      ['A2222BB', ['DECIDED_BEFORE_APPLICATION']],
      ['A3333CC', ['RECORD_CLOSED', 'DECIDED_BEFORE_APPLICATION']],
    ]);
    expect(result.people[1].reasons[0].message).toBe('A2222BB applied on 12 March 2026, after the decision date');
  });
});

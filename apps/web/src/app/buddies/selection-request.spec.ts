import { selectionFieldId, selectionRequestOf } from '@peerpath/web/buddies/selection-request';

const approve = {
  outcome: 'approved' as const,
  securityCheckDone: true,
  riskAssessmentDone: true,
  decidedOn: { day: '10', month: '3', year: '2026' },
  notes: '  Checks by Sgt Patel  ',
};

describe('selectionRequestOf', () => {
  it('maps an approval with both checks to the request', () => {
    expect(selectionRequestOf(approve, '2026-03-03', '2026-03-10')).toEqual({
      request: { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: '2026-03-10', notes: 'Checks by Sgt Patel' },
    });
  });

  it('leaves out empty notes', () => {
    expect(selectionRequestOf({ ...approve, notes: ' ' }, '2026-03-03', '2026-03-10').request).not.toHaveProperty('notes');
  });

  it('refuses an approval without the checks, with the domain rule’s own words', () => {
    const result = selectionRequestOf({ ...approve, securityCheckDone: false, riskAssessmentDone: false }, '2026-03-03', '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'securityCheckDone', text: 'Complete the security check before approving' },
      { field: 'riskAssessmentDone', text: 'Complete the risk assessment before approving' },
    ]);
  });

  it('lets a decline through without checks', () => {
    const result = selectionRequestOf({ ...approve, outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false, notes: '' }, '2026-03-03', '2026-03-10');
    expect(result.request).toEqual({ outcome: 'declined', securityCheckDone: false, riskAssessmentDone: false, decidedOn: '2026-03-10' });
  });

  it('asks for an outcome and a real date', () => {
    const result = selectionRequestOf({ ...approve, outcome: '', decidedOn: { day: '30', month: '2', year: '2026' } }, '2026-03-03', '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'outcome-approved', text: 'Select whether the applicant is approved or declined' },
      { field: 'decidedOn-day', text: 'Enter the decision date as a real date, for example 27 3 2026' },
    ]);
  });

  it('refuses a decision before the application or in the future', () => {
    expect(selectionRequestOf({ ...approve, decidedOn: { day: '1', month: '3', year: '2026' } }, '2026-03-03', '2026-03-10').errors).toEqual([
      { field: 'decidedOn-day', text: 'The decision date cannot be before the application date' },
    ]);
    expect(selectionRequestOf({ ...approve, decidedOn: { day: '11', month: '3', year: '2026' } }, '2026-03-03', '2026-03-10').errors).toEqual([
      { field: 'decidedOn-day', text: 'The decision date cannot be in the future' },
    ]);
  });

  it("links the API's field errors to the page's fields", () => {
    expect(selectionFieldId('outcome')).toBe('outcome-approved');
    expect(selectionFieldId('decidedOn')).toBe('decidedOn-day');
    expect(selectionFieldId('riskAssessmentDone')).toBe('riskAssessmentDone');
    expect(selectionFieldId('version')).toBeNull();
  });
});

import { fieldIdsFrom, readDate } from '@peerpath/web/cohorts/cohort-forms';

describe('readDate', () => {
  it('reads a real date', () => {
    expect(readDate({ day: '3', month: '3', year: '2026' }, 'the start date')).toEqual({ iso: '2026-03-03', error: null });
  });

  it('asks for a missing date, naming it', () => {
    expect(readDate({ day: '', month: ' ', year: '' }, 'the start date')).toEqual({ iso: null, error: 'Enter the start date' });
  });

  it('refuses a date that does not exist', () => {
    expect(readDate({ day: '30', month: '2', year: '2026' }, 'the start date')).toEqual({
      iso: null,
      error: 'The start date must be a real date',
    });
  });
});

describe('fieldIdsFrom', () => {
  const fieldId = fieldIdsFrom({ method: 'method', decisions: 'criteria', assessedOn: 'assessedOn-day' });

  it('links known fields and nested paths to their element', () => {
    expect(fieldId('method')).toBe('method');
    expect(fieldId('assessedOn')).toBe('assessedOn-day');
    expect(fieldId('decisions.0.criterionId')).toBe('criteria');
    expect(fieldId('decisions[1]')).toBe('criteria');
  });

  it('leaves unknown fields unlinked', () => {
    expect(fieldId('somethingElse')).toBeNull();
  });
});

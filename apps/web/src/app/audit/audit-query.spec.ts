import { auditCsvHref, auditFiltersOf, auditFormParams, auditTrailQuery, changesText, changeText, subjectLink } from '@peerpath/web/audit/audit-query';

const BUDDY = '0b7c5d8e-1111-4a2b-9c3d-123456789abc';
const none = { day: '', month: '', year: '' };

describe('audit trail filters', () => {
  it('reads the address, dropping what the API would refuse', () => {
    expect(auditFiltersOf({ buddyId: BUDDY, action: 'supervision.recorded', from: '2026-07-01', to: '2026-02-30', actor: ' chris ', page: '2' })).toEqual({
      buddyId: BUDDY,
      recipientId: '',
      cohortId: '',
      actor: 'chris',
      action: 'supervision.recorded',
      from: '2026-07-01',
      to: '',
      page: 2,
    });
    expect(auditFiltersOf({ buddyId: 'nope', action: 'made.up', page: '-1' })).toMatchObject({ buddyId: '', action: '', page: 1 });
  });

  it('asks the API for only what is set, and downloads the same filters without the page', () => {
    const filters = auditFiltersOf({ buddyId: BUDDY, action: 'supervision.recorded', page: '3' });
    expect(auditTrailQuery(filters)).toEqual({ buddyId: BUDDY, action: 'supervision.recorded', page: 3, pageSize: 25 });
    expect(auditCsvHref(filters)).toBe(`/api/audit/csv?buddyId=${BUDDY}&action=supervision.recorded`);
    expect(auditCsvHref(auditFiltersOf({}))).toBe('/api/audit/csv');
  });

  it('turns the form into the address, back to page 1', () => {
    expect(auditFormParams({ action: 'certificate.issued', actor: '  ', from: { day: '1', month: '7', year: '2026' }, to: none })).toEqual({
      params: { action: 'certificate.issued', actor: null, from: '2026-07-01', to: null, page: null },
      errors: [],
    });
  });

  it('says what to correct: a date that is not real, a period that ends before it starts', () => {
    expect(auditFormParams({ action: '', actor: '', from: { day: '30', month: '2', year: '2026' }, to: none }).errors).toEqual([
      { field: 'from-day', text: 'The start date must be a real date, like 27 3 2026' },
    ]);
    expect(auditFormParams({ action: '', actor: '', from: { day: '2', month: '7', year: '2026' }, to: { day: '1', month: '7', year: '2026' } }).errors).toEqual([
      { field: 'to-day', text: 'The end date must be the same as or after the start date' },
    ]);
  });

  it('puts each change in words', () => {
    expect(changeText({ field: 'Weekly hours cap', before: '5', after: '8' })).toBe('changed from 5 to 8');
    expect(changeText({ field: 'Notes', before: null, after: 'Settled in' })).toBe('Settled in');
    expect(changeText({ field: 'Locked until', before: '3 March 2026 at 10:00', after: null })).toBe('cleared (was 3 March 2026 at 10:00)');
  });

  it('links a subject to its page when it has one', () => {
    expect(subjectLink('buddy', BUDDY)).toEqual(['/buddies', BUDDY]);
    expect(subjectLink('cohort', BUDDY)).toEqual(['/cohorts', BUDDY]);
    expect(subjectLink('user', BUDDY)).toBeNull();
    expect(subjectLink('buddy', 'not-an-id')).toBeNull();
  });

  it('counts changes in words, saying "more than" past the cap', () => {
    expect(changesText({ total: 1 })).toBe('1 change');
    expect(changesText({ total: 4321 })).toBe('4,321 changes');
    expect(changesText({ total: 10000, totalIsCapped: true })).toBe('more than 10,000 changes');
  });
});

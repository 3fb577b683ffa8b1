import { bulkEnrolmentRefusals, type EnrolmentCandidate, enrolmentRefusals } from './enrolment';

const cohort = { name: 'Exeter May 2026', prisonCode: 'EXI', endsOn: '2026-08-01', capacity: 3, taken: 1 };
const ready: EnrolmentCandidate = { prisonNumber: 'A1111AA', prisonCode: 'EXI', selectionStatus: 'approved', released: false, activeEnrolment: null };
const codes = (buddy: Partial<EnrolmentCandidate>, enrolledOn = '2026-05-01') => enrolmentRefusals({ ...ready, ...buddy }, cohort, enrolledOn, '2026-05-01').map((r) => r.code);

describe('enrolmentRefusals', () => {
  it('enrols an approved buddy at the cohort prison', () => expect(codes({})).toEqual([]));

  it.each([
    [{ released: true }, ['RECORD_CLOSED']],
    [{ prisonCode: 'DAI' }, ['WRONG_PRISON']],
    [{ selectionStatus: 'applied' as const }, ['NOT_APPROVED']],
    [{ selectionStatus: 'declined' as const }, ['NOT_APPROVED']],
    [{ activeEnrolment: { cohortName: 'Exeter January 2026', endsOn: '2026-06-01' } }, ['ALREADY_ENROLLED']],
  ])('refuses %o', (change, expected) => expect(codes(change)).toEqual(expected));

  it('refuses after the cohort has finished', () => expect(codes({}, '2026-08-02')).toEqual(['COHORT_FINISHED']));

  it('says how to move on from a finished cohort that still holds the place', () => {
    const [reason] = enrolmentRefusals({ ...ready, activeEnrolment: { cohortName: 'Exeter January 2026', endsOn: '2026-04-01' } }, cohort, '2026-05-01', '2026-05-01');
    expect(reason.message).toContain('which ended on 1 April 2026: withdraw them from it first');
  });

  it('lists every reason together', () => {
    expect(codes({ released: true, prisonCode: 'DAI', selectionStatus: 'applied', activeEnrolment: { cohortName: 'X', endsOn: '2026-09-01' } }, '2026-08-02')).toEqual([
      'RECORD_CLOSED',
      'WRONG_PRISON',
      'NOT_APPROVED',
      'COHORT_FINISHED',
      'ALREADY_ENROLLED',
    ]);
  });
});

describe('bulkEnrolmentRefusals', () => {
  const people = ['A1111AA', 'A2222BB', 'A3333CC'].map((prisonNumber) => ({ ...ready, prisonNumber }));

  it('enrols everyone who fits the free places', () => {
    expect(bulkEnrolmentRefusals(people.slice(0, 2), cohort, '2026-05-01', '2026-05-01').map((r) => r.reasons)).toEqual([[], []]);
  });

  it('refuses each person past the last free place, with their own reasons too', () => {
    const result = bulkEnrolmentRefusals([people[0], people[1], { ...people[2], selectionStatus: 'applied' }], cohort, '2026-05-01', '2026-05-01');
    expect(result.map((r) => [r.buddy.prisonNumber, r.reasons.map((x) => x.code)])).toEqual([
      ['A1111AA', []],
      ['A2222BB', []],
      ['A3333CC', ['NOT_APPROVED', 'COHORT_FULL']],
    ]);
    expect(result[2].reasons[1].message).toBe('Exeter May 2026 is full: only 2 of 3 places are free and 3 buddies were chosen');
  });

  it('says when no place is free at all', () => {
    const [only] = bulkEnrolmentRefusals([people[0]], { ...cohort, taken: 3 }, '2026-05-01', '2026-05-01');
    expect(only.reasons).toEqual([{ code: 'COHORT_FULL', message: 'Exeter May 2026 is full: all 3 places are taken' }]);
  });
});

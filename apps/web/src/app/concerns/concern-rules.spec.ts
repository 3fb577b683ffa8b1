import type { ConcernView } from '@peerpath/contracts';
import { concernFiltersOf, concernRequestOf, concernSubjectOf, outcomeOf, sortConcerns } from '@peerpath/web/concerns/concern-labels';
import { concernReviewActions } from '@peerpath/web/concerns/concern-review';

const concern = (id: string, status: ConcernView['status'], raisedAt: string): ConcernView => ({
  id,
  kind: 'boundary',
  status,
  subject: 'buddy',
  subjectId: 'b1',
  subjectName: 'Craig Davies',
  subjectPrisonNumber: 'B4300CD',
  prisonCode: 'EXI',
  description: 'Seen helping with washing',
  raisedBy: 'Chris Coordinator',
  raisedAt,
  outcome: null,
  reviewedBy: null,
  reviewedAt: null,
  version: 1,
});

describe('concerns', () => {
  it('lists open concerns first, newest first within each', () => {
    const sorted = sortConcerns([concern('a', 'resolved', '2026-03-05'), concern('b', 'open', '2026-03-01'), concern('c', 'open', '2026-03-04'), concern('d', 'resolved', '2026-03-06')]);
    expect(sorted.map((c) => c.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('reads the filters and the subject from the address', () => {
    expect(concernFiltersOf({ status: 'open', prison: 'exi' })).toEqual({ status: 'open', prison: 'EXI' });
    expect(concernFiltersOf({ status: 'everything', prison: 'Exeter' })).toEqual({ status: null, prison: null });
    expect(concernSubjectOf({ buddy: 'b1' })).toEqual({ kind: 'buddy', id: 'b1' });
    expect(concernSubjectOf({ recipient: 'r1' })).toEqual({ kind: 'recipient', id: 'r1' });
    expect(concernSubjectOf({ buddy: 'b1', recipient: 'r1' })).toBeNull();
    expect(concernSubjectOf({})).toBeNull();
  });

  it('maps the raise form to the request about exactly one person', () => {
    expect(concernRequestOf({ kind: 'buddy', id: 'b1' }, { kind: 'boundary', description: ' Seen helping with washing ' })).toEqual({
      request: { buddyId: 'b1', kind: 'boundary', description: 'Seen helping with washing' },
    });
    expect(concernRequestOf({ kind: 'recipient', id: 'r1' }, { kind: 'safeguarding', description: 'Bruises' }).request).toEqual({
      recipientId: 'r1',
      kind: 'safeguarding',
      description: 'Bruises',
    });
    expect(concernRequestOf({ kind: 'buddy', id: 'b1' }, { kind: '', description: ' ' }).errors).toEqual([
      { field: 'kind-safeguarding', text: 'Select whether this is a safeguarding or a boundary concern' },
      { field: 'description', text: 'Describe the concern' },
    ]);
    expect(outcomeOf('').errors?.[0]).toEqual({ field: 'outcome', text: 'Enter the outcome of the review' });
  });

  it('offers suspension only for an open concern about a buddy holding a valid certificate', () => {
    const open = concern('a', 'open', '2026-03-01');
    expect(concernReviewActions(open, true, [{ status: 'valid' }])).toEqual({ suspend: true, resolve: true });
    expect(concernReviewActions(open, true, [{ status: 'suspended' }])).toEqual({ suspend: false, resolve: true });
    expect(concernReviewActions({ ...open, subject: 'recipient' }, true, [{ status: 'valid' }])).toEqual({ suspend: false, resolve: true });
    expect(concernReviewActions({ ...open, status: 'resolved' }, true, [{ status: 'valid' }])).toEqual({ suspend: false, resolve: false });
    expect(concernReviewActions(open, false, [{ status: 'valid' }])).toEqual({ suspend: false, resolve: false });
  });
});

import type { ConcernView } from '@peerpath/contracts';
import { concernFiltersOf, concernFormParams, concernListRequest, concernRequestOf, concernSubjectOf, outcomeOf } from '@peerpath/web/concerns/concern-labels';
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
  it('reads the list from the address: filters, sort and page, dropping what the API would refuse', () => {
    expect(concernFiltersOf({ status: 'open', kind: 'safeguarding', prison: 'exi', sort: 'raisedAt', order: 'desc', page: '2' })).toEqual({
      status: 'open',
      kind: 'safeguarding',
      prison: 'EXI',
      sort: 'raisedAt',
      order: 'desc',
      page: 2,
    });
    // Open first, newest first within, when the address says nothing; another column goes ascending.
    expect(concernFiltersOf({ status: 'everything', kind: 'minor', prison: 'Exeter', sort: 'due', order: 'up', page: '0' })).toEqual({
      status: '',
      kind: '',
      prison: '',
      sort: 'status',
      order: 'asc',
      page: 1,
    });
    expect(concernFiltersOf({ sort: 'subject' })).toMatchObject({ sort: 'subject', order: 'asc' });
  });

  it('asks the API for what is set, and puts the form in the address back on page 1', () => {
    expect(concernListRequest(concernFiltersOf({}))).toEqual({ page: 1, pageSize: 25 });
    expect(concernListRequest(concernFiltersOf({ kind: 'boundary', sort: 'raisedAt', order: 'asc', page: '3' }))).toEqual({ kind: 'boundary', sort: 'raisedAt', order: 'asc', page: 3, pageSize: 25 });
    expect(concernFormParams({ status: 'resolved', kind: '', prison: 'dai' })).toEqual({ status: 'resolved', kind: null, prison: 'DAI', page: null });
  });

  it('reads the subject from the address', () => {
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

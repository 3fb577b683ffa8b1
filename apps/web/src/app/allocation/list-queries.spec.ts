import {
  allocationFiltersOf,
  allocationFormParams,
  allocationListRequest,
  recipientFiltersOf,
  recipientFormParams,
  recipientListRequest,
} from '@peerpath/web/allocation/list-queries';
import { cohortFiltersOf, cohortFormParams, cohortListRequest } from '@peerpath/web/cohorts/cohort-list-query';

describe('allocations list in the address', () => {
  it('is active allocations, newest first, unless the address says otherwise', () => {
    expect(allocationFiltersOf({})).toEqual({ prison: '', status: 'active', sort: 'startsOn', order: 'desc', page: 1 });
    expect(allocationListRequest(allocationFiltersOf({}))).toEqual({ page: 1, pageSize: 25 });
  });

  it('reads filters, sort and page, and asks the API for exactly those', () => {
    const filters = allocationFiltersOf({ prison: 'dai', status: 'ended', sort: 'hours', order: 'desc', page: '4' });
    expect(filters).toEqual({ prison: 'DAI', status: 'ended', sort: 'hours', order: 'desc', page: 4 });
    expect(allocationListRequest(filters)).toEqual({ prison: 'DAI', status: 'ended', sort: 'hours', order: 'desc', page: 4, pageSize: 25 });
  });

  it('drops what the API would refuse', () => {
    expect(allocationFiltersOf({ prison: 'Dartmoor', status: 'old', sort: 'weekly_hours', order: 'up', page: '-1' })).toEqual(allocationFiltersOf({}));
  });

  it('puts the form in the address without defaults, back on page 1', () => {
    expect(allocationFormParams({ prison: 'exi', status: 'active' })).toEqual({ prison: 'EXI', status: null, page: null, attentionPage: null });
    expect(allocationFormParams({ prison: '', status: 'all' })).toEqual({ prison: null, status: 'all', page: null, attentionPage: null });
  });
});

describe('recipients list in the address', () => {
  it('is everyone, waiting longest first, unless the address says otherwise', () => {
    expect(recipientFiltersOf({})).toEqual({ prison: '', support: '', search: '', sort: 'waitingSince', order: 'asc', page: 1 });
    expect(recipientListRequest(recipientFiltersOf({}))).toEqual({ page: 1, pageSize: 25 });
  });

  it('reads filters, search, sort and page, and asks the API for exactly those', () => {
    const filters = recipientFiltersOf({ prison: 'exi', support: 'flagged', search: '  kerr ', sort: 'waitingSince', order: 'desc', page: '2' });
    expect(recipientListRequest(filters)).toEqual({ prison: 'EXI', support: 'flagged', search: 'kerr', sort: 'waitingSince', order: 'desc', page: 2, pageSize: 25 });
    expect(recipientListRequest(recipientFiltersOf({ sort: 'name' }))).toEqual({ sort: 'name', order: 'asc', page: 1, pageSize: 25 });
    expect(recipientFiltersOf({ support: 'everyone', search: 'x'.repeat(80) })).toMatchObject({ support: '', search: 'x'.repeat(60) });
  });

  it('puts the form in the address, back on page 1', () => {
    expect(recipientFormParams({ prison: '', support: 'waiting', search: ' G4821RT ' })).toEqual({ prison: null, support: 'waiting', search: 'G4821RT', page: null });
  });
});

describe('cohorts list in the address', () => {
  const programme = '3f2a1c9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

  it('is every cohort, newest first, unless the address says otherwise', () => {
    expect(cohortListRequest(cohortFiltersOf({}))).toEqual({ page: 1, pageSize: 25 });
  });

  it('reads status, programme, prison, sort and page, and asks the API for exactly those', () => {
    const filters = cohortFiltersOf({ status: 'current', programme, prison: 'exi', sort: 'name', page: '2' });
    expect(cohortListRequest(filters)).toEqual({ status: 'current', programmeId: programme, prison: 'EXI', sort: 'name', order: 'asc', page: 2, pageSize: 25 });
    expect(cohortFiltersOf({ status: 'cancelled', programme: 'bsw', sort: 'capacity' })).toMatchObject({ status: '', programme: '', sort: 'startsOn', order: 'desc' });
  });

  it('puts the form in the address, back on page 1', () => {
    expect(cohortFormParams({ prison: '', status: 'finished', programme })).toEqual({ prison: null, status: 'finished', programme, page: null });
  });
});

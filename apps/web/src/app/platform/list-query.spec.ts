import { oneOf, pageOf, prisonCodeOf, sortParams, sortStateOf } from '@peerpath/web/platform/list-query';
import { ariaSortOf, nextOrderOf } from '@peerpath/web/govuk/sortable-header';
import { showingRange } from '@peerpath/web/govuk/pagination';

describe('list query', () => {
  it('reads a page, a prison and a choice from the address, dropping what the API would refuse', () => {
    expect([pageOf('3'), pageOf('0'), pageOf('2.5'), pageOf('abc'), pageOf(undefined), pageOf('100001')]).toEqual([3, 1, 1, 1, 1, 1]);
    expect([prisonCodeOf(' exi '), prisonCodeOf('Exeter'), prisonCodeOf(null)]).toEqual(['EXI', '', '']);
    expect([oneOf('ended', ['active', 'ended'] as const, 'active'), oneOf('old', ['active', 'ended'] as const, 'active')]).toEqual(['ended', 'active']);
  });

  it('reads the sort as the API does: the default column in its default order, any other ascending', () => {
    const fallback = { sort: 'startsOn', order: 'desc' } as const;
    const columns = ['startsOn', 'hours'] as const;
    expect(sortStateOf({}, columns, fallback)).toEqual({ sort: 'startsOn', order: 'desc' });
    expect(sortStateOf({ sort: 'hours' }, columns, fallback)).toEqual({ sort: 'hours', order: 'asc' });
    expect(sortStateOf({ sort: 'hours', order: 'desc' }, columns, fallback)).toEqual({ sort: 'hours', order: 'desc' });
    expect(sortStateOf({ sort: 'drop table', order: 'sideways' }, columns, fallback)).toEqual({ sort: 'startsOn', order: 'desc' });
    expect(sortParams({ sort: 'startsOn', order: 'desc' }, fallback)).toEqual({});
    expect(sortParams({ sort: 'startsOn', order: 'asc' }, fallback)).toEqual({ sort: 'startsOn', order: 'asc' });
  });

  it('marks the sorted header and asks for the other way, or the first way on another column', () => {
    const sorted = { sort: 'hours', order: 'asc' } as const;
    expect([ariaSortOf('hours', sorted), ariaSortOf('hours', { ...sorted, order: 'desc' }), ariaSortOf('buddy', sorted)]).toEqual(['ascending', 'descending', 'none']);
    expect([nextOrderOf('hours', sorted, 'desc'), nextOrderOf('hours', { ...sorted, order: 'desc' }, 'desc'), nextOrderOf('startsOn', sorted, 'desc')]).toEqual(['desc', 'asc', 'desc']);
  });

  it('counts "Showing 26 to 30 of 30", and 0 to 0 for nothing', () => {
    expect(showingRange({ page: 2, pageSize: 25, total: 30, items: [1, 2, 3, 4, 5] })).toEqual({ from: 26, to: 30 });
    expect(showingRange({ page: 1, pageSize: 25, total: 0, items: [] })).toEqual({ from: 0, to: 0 });
  });
});

import { filtersFromQuery, pageItems, queryParamsOfForm, registerRequestParams, totalPages } from '@peerpath/web/buddies/register-query';

describe('register query', () => {
  it('reads filters from the address, tidied', () => {
    expect(filtersFromQuery({ search: '  smith ', prison: 'exi', stage: 'approved', page: '3' })).toEqual({
      search: 'smith',
      prison: 'EXI',
      stage: 'approved',
      page: 3,
    });
  });

  it('drops what the API would refuse instead of failing', () => {
    expect(filtersFromQuery({ prison: 'Exeter', stage: 'graduated', page: 'abc' })).toEqual({ search: '', prison: '', stage: '', page: 1 });
    expect(filtersFromQuery({ page: '0' }).page).toBe(1);
    expect(filtersFromQuery({ page: '2.5' }).page).toBe(1);
    expect(filtersFromQuery({ search: 'x'.repeat(80) }).search).toHaveLength(60);
    expect(filtersFromQuery({})).toEqual({ search: '', prison: '', stage: '', page: 1 });
  });

  it('asks the API only for the filters that are set', () => {
    expect(registerRequestParams({ search: '', prison: 'DAI', stage: '', page: 2 })).toEqual({ prison: 'DAI', page: 2, pageSize: 25 });
    expect(registerRequestParams({ search: 'A1234BC', prison: '', stage: 'applied', page: 1 }, 10)).toEqual({
      search: 'A1234BC',
      stage: 'applied',
      page: 1,
      pageSize: 10,
    });
  });

  it('removes empty filters from the address and goes back to page 1 when the form is applied', () => {
    expect(queryParamsOfForm({ search: ' jones ', prison: '', stage: 'declined' })).toEqual({
      search: 'jones',
      prison: null,
      stage: 'declined',
      page: null,
    });
  });

  it('numbers pages the GOV.UK way', () => {
    const show = (current: number, last: number) =>
      pageItems(current, last).map((item) => (item.kind === 'ellipsis' ? '…' : item.current ? `[${item.number}]` : String(item.number)));
    expect(show(1, 1)).toEqual([]);
    expect(show(1, 3)).toEqual(['[1]', '2', '3']);
    expect(show(5, 10)).toEqual(['1', '…', '4', '[5]', '6', '…', '10']);
    expect(show(3, 10)).toEqual(['1', '2', '[3]', '4', '…', '10']);
    expect(show(10, 10)).toEqual(['1', '…', '9', '[10]']);
  });

  it('counts pages, at least one', () => {
    expect(totalPages(0, 25)).toBe(1);
    expect(totalPages(25, 25)).toBe(1);
    expect(totalPages(26, 25)).toBe(2);
  });
});

import { dueListRequest, prisonFilterOf } from '@peerpath/web/supervision/due-lists';

describe('dueListRequest', () => {
  it('asks for one state, one page, and the prison only when one is chosen', () => {
    expect(dueListRequest('EXI', 'overdue', 2)).toEqual({ prison: 'EXI', state: 'overdue', page: 2, pageSize: 25 });
    expect(dueListRequest(null, 'due_soon', 1)).toEqual({ state: 'due_soon', page: 1, pageSize: 25 });
  });
});

describe('prisonFilterOf', () => {
  it('reads a prison filter from the address', () => {
    expect(prisonFilterOf('exi')).toBe('EXI');
    expect(prisonFilterOf('')).toBeNull();
    expect(prisonFilterOf(undefined)).toBeNull();
    expect(prisonFilterOf('Exeter')).toBeNull();
  });
});

import type { SupervisionDueItem, SupervisionState } from '@peerpath/contracts';
import { dueLists, prisonFilterOf } from '@peerpath/web/supervision/due-lists';

const item = (lastName: string, state: SupervisionState, nextDueOn: string): SupervisionDueItem => ({
  buddyId: lastName,
  prisonNumber: 'A1234BC',
  firstName: 'Sam',
  lastName,
  prisonCode: 'EXI',
  status: { state, lastSupervisedOn: null, nextDueOn, daysOverdue: state === 'overdue' ? 3 : 0 },
});

describe('dueLists', () => {
  it('splits overdue from due this week, most overdue and soonest first', () => {
    const lists = dueLists([item('Cole', 'due_soon', '2026-03-12'), item('Bowen', 'overdue', '2026-02-20'), item('Adams', 'overdue', '2026-02-01'), item('Dee', 'due_soon', '2026-03-11')]);
    expect(lists.overdue.map((i) => i.lastName)).toEqual(['Adams', 'Bowen']);
    expect(lists.dueSoon.map((i) => i.lastName)).toEqual(['Dee', 'Cole']);
  });

  it('reads a prison filter from the address', () => {
    expect(prisonFilterOf('exi')).toBe('EXI');
    expect(prisonFilterOf('')).toBeNull();
    expect(prisonFilterOf(undefined)).toBeNull();
    expect(prisonFilterOf('Exeter')).toBeNull();
  });
});

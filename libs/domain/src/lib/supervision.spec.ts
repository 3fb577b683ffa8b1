import { supervisionStatus } from './supervision';

const at = (today: string, lastSupervisedOn: string | null, trainingStartedOn: string | null = '2026-03-02') =>
  supervisionStatus({ today, lastSupervisedOn, trainingStartedOn, intervalDays: 28 });

describe('supervision status', () => {
  it.each([
    // today, last supervision, state, next due, days overdue
    ['2026-04-01', '2026-03-20', 'up_to_date', '2026-04-17', 0],
    ['2026-04-10', '2026-03-20', 'due_soon', '2026-04-17', 0],
    ['2026-04-17', '2026-03-20', 'due_soon', '2026-04-17', 0], // due today is not overdue
    ['2026-04-18', '2026-03-20', 'overdue', '2026-04-17', 1], // the day after is
    ['2026-05-17', '2026-03-20', 'overdue', '2026-04-17', 30],
  ] as const)('on %s, last supervised %s → %s, due %s, %i days overdue', (today, last, state, nextDueOn, daysOverdue) => {
    expect(at(today, last)).toEqual({ state, lastSupervisedOn: last, nextDueOn, daysOverdue });
  });

  it('starts the clock at the start of training when there has been no supervision', () => {
    expect(at('2026-03-30', null)).toEqual({ state: 'due_soon', lastSupervisedOn: null, nextDueOn: '2026-03-30', daysOverdue: 0 });
    expect(at('2026-04-05', null)).toMatchObject({ state: 'overdue', daysOverdue: 6 });
  });

  it('is not started before training starts', () => {
    expect(at('2026-04-05', null, null)).toEqual({ state: 'not_started', lastSupervisedOn: null, nextDueOn: null, daysOverdue: 0 });
  });

  it('follows the prison’s interval', () => {
    expect(supervisionStatus({ today: '2026-04-01', lastSupervisedOn: '2026-03-20', trainingStartedOn: null, intervalDays: 7 })).toMatchObject({ state: 'overdue', nextDueOn: '2026-03-27', daysOverdue: 5 });
  });
});

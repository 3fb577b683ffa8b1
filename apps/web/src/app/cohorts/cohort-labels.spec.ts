import type { RoleName } from '@peerpath/contracts';
import {
  attendanceLabel,
  cellDescription,
  cellLabel,
  cohortsLabel,
  decisionLabel,
  formatShortDate,
  mayCreateCohorts,
} from '@peerpath/web/cohorts/cohort-labels';

describe('cohortsLabel', () => {
  it('calls the list "My cohorts" for someone who only trains', () => {
    expect(cohortsLabel(['trainer'])).toBe('My cohorts');
  });

  it.each<RoleName[]>([['coordinator'], ['auditor'], ['admin'], ['trainer', 'coordinator'], ['trainer', 'auditor']])(
    'calls it "Cohorts" for %p, who see more than their own',
    (...roles) => {
      expect(cohortsLabel(roles)).toBe('Cohorts');
    },
  );

  it('says "Cohorts" for someone with no staff role', () => {
    expect(cohortsLabel(['buddy'])).toBe('Cohorts');
  });
});

describe('mayCreateCohorts', () => {
  it.each<[RoleName[], boolean]>([
    [['coordinator'], true],
    [['admin'], true],
    [['trainer'], false],
    [['auditor'], false],
    [['trainer', 'coordinator'], true],
  ])('%p → %p', (roles, expected) => {
    expect(mayCreateCohorts(roles)).toBe(expected);
  });
});

describe('matrix cells', () => {
  it('reads in words without colour', () => {
    expect(cellLabel({ state: 'complete', met: 5, total: 5 })).toBe('Complete');
    expect(cellLabel({ state: 'in_progress', met: 3, total: 5 })).toBe('3 of 5');
    expect(cellLabel({ state: 'not_started', met: 0, total: 5 })).toBe('Not started');
  });

  it('shows a module with only "not yet met" decisions as in progress, 0 met', () => {
    expect(cellLabel({ state: 'in_progress', met: 0, total: 4 })).toBe('0 of 4');
    expect(cellDescription({ state: 'in_progress', met: 0, total: 4 })).toBe('in progress, 0 of 4 criteria met');
  });

  it('gives attendance as a percentage, or says none yet', () => {
    expect(attendanceLabel({ attended: 9, absent: 1, excused: 2, ratePercent: 90 })).toBe('90%');
    expect(attendanceLabel({ attended: 0, absent: 0, excused: 1, ratePercent: null })).toBe('None yet');
  });
});

describe('dates and decisions', () => {
  it('shortens a date within the current year and keeps the year otherwise', () => {
    expect(formatShortDate('2026-03-12', '2026-05-01')).toBe('12 Mar');
    expect(formatShortDate('2025-12-01', '2026-05-01')).toBe('1 Dec 2025');
  });

  it('describes the decision in force', () => {
    expect(decisionLabel({ outcome: 'met', method: 'observation', assessedOn: '2026-03-12' }, '2026-04-01')).toBe(
      'Met — observation in practice, 12 Mar',
    );
    expect(decisionLabel({ outcome: 'not_yet_met', method: 'workbook', assessedOn: '2026-03-03' }, '2026-04-01')).toBe(
      'Not yet met — workbook, 3 Mar',
    );
  });
});

import { attendanceBelow, attendanceFigures, attendanceRateWords, moduleProgressState } from './progress';

describe('module progress', () => {
  it.each([
    [0, 5, 0, 'not_started'],
    [0, 5, 1, 'in_progress'],
    [4, 5, 5, 'in_progress'],
    [5, 5, 5, 'complete'],
    [0, 0, 0, 'not_started'],
  ] as const)('%i met of %i with %i decided → %s', (met, total, decided, state) => {
    expect(moduleProgressState(met, total, decided)).toBe(state);
  });
});

describe('attendance figures', () => {
  it('counts present and late as attended and leaves excused out of the rate', () => {
    expect(attendanceFigures({ present: 3, late: 1, absent: 2, excused: 4 })).toEqual({ attended: 4, absent: 2, excused: 4, ratePercent: 67 });
  });
  it('has no rate before any session counts', () => {
    expect(attendanceFigures({})).toEqual({ attended: 0, absent: 0, excused: 0, ratePercent: null });
    expect(attendanceFigures({ excused: 2 }).ratePercent).toBeNull();
  });
  it('rounds to the nearest whole percent (2 of 3 is 67%)', () => {
    expect(attendanceFigures({ present: 2, absent: 1 }).ratePercent).toBe(67);
    expect(attendanceFigures({ present: 1, absent: 2 }).ratePercent).toBe(33);
    expect(attendanceFigures({ present: 4, absent: 1 }).ratePercent).toBe(80);
  });
  it('compares with a threshold exactly, and says so where rounding would hide a shortfall', () => {
    const nearly = attendanceFigures({ present: 799, absent: 201 });
    expect(nearly.ratePercent).toBe(80);
    expect(attendanceBelow(nearly, 80)).toBe(true);
    expect(attendanceRateWords(nearly, 80)).toBe('79.9%');
    expect(attendanceBelow(attendanceFigures({ present: 4, absent: 1 }), 80)).toBe(false);
    expect(attendanceRateWords(attendanceFigures({ present: 3, absent: 1 }), 80)).toBe('75%');
  });
});

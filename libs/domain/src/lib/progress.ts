import type { AttendanceFigures, AttendanceMark, ModuleProgressState } from '@peerpath/contracts';

/** Every criterion met; a module with no criteria is never complete (publishing refuses one). */
export function moduleComplete(met: number, total: number): boolean {
  return total > 0 && met >= total;
}

/**
 * A module is complete when every criterion is met (BRIEF: assessment). It is in progress
 * once any decision has been recorded against it, even "not yet met", which is more learning, not failure.
 */
export function moduleProgressState(met: number, total: number, decided: number): ModuleProgressState {
  if (moduleComplete(met, total)) return 'complete';
  return decided > 0 ? 'in_progress' : 'not_started';
}

export type MarkCounts = Partial<Record<AttendanceMark, number>>;

/** Present and late count as attended; excused sessions count neither way. */
export function attendanceFigures(counts: MarkCounts): AttendanceFigures {
  const attended = (counts.present ?? 0) + (counts.late ?? 0);
  const absent = counts.absent ?? 0;
  const counted = attended + absent;
  return {
    attended,
    absent,
    excused: counts.excused ?? 0,
    ratePercent: counted === 0 ? null : Math.round((attended * 100) / counted),
  };
}

/**
 * Below the threshold, compared exactly rather than on the rounded figure people see: 799 of
 * 1000 sessions (79.9%, shown as 80%) is still below an 80% threshold.
 */
export function attendanceBelow(figures: Pick<AttendanceFigures, 'attended' | 'absent'>, thresholdPercent: number): boolean {
  return figures.attended * 100 < thresholdPercent * (figures.attended + figures.absent);
}

/** The rate to quote beside a threshold: one decimal place where the whole number would hide a shortfall (79.9%, not 80%). */
export function attendanceRateWords(figures: Pick<AttendanceFigures, 'attended' | 'absent' | 'ratePercent'>, thresholdPercent: number): string {
  if (figures.ratePercent === null) return 'none recorded';
  if (attendanceBelow(figures, thresholdPercent) && figures.ratePercent >= thresholdPercent) {
    return `${Math.floor((figures.attended * 1000) / (figures.attended + figures.absent)) / 10}%`;
  }
  return `${figures.ratePercent}%`;
}

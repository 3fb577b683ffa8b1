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
    ratePercent: counted === 0 ? null : Math.floor((attended * 100) / counted),
  };
}

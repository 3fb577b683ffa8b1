import type { EnrolmentStatus } from './cohorts';

export type ModuleProgressState = 'not_started' | 'in_progress' | 'complete';

/** Attendance is computed from the register: present and late count as attended, excused is left out. */
export interface AttendanceFigures {
  attended: number;
  absent: number;
  excused: number;
  /** attended / (attended + absent), 0–100 rounded down; null before any session counts. */
  ratePercent: number | null;
}

export interface ModuleProgressCell {
  moduleId: string;
  met: number;
  total: number;
  state: ModuleProgressState;
}

export interface ProgressMatrixRow {
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  enrolmentStatus: EnrolmentStatus;
  cells: ModuleProgressCell[];
  modulesComplete: number;
  attendance: AttendanceFigures;
}

/** A cohort as trainers see it: buddies by modules. */
export interface ProgressMatrix {
  cohortId: string;
  modules: { id: string; number: number; title: string; criterionCount: number }[];
  rows: ProgressMatrixRow[];
  /** Per module, over active buddies: how many are complete, in progress, not started. */
  moduleTotals: { moduleId: string; complete: number; inProgress: number; notStarted: number }[];
}

export interface ModuleProgressView extends ModuleProgressCell {
  number: number;
  title: string;
  attendance: AttendanceFigures;
}

export interface EnrolmentProgress {
  enrolmentId: string;
  cohortId: string;
  cohortName: string;
  prisonName: string;
  programmeTitle: string;
  versionLabel: string;
  status: EnrolmentStatus;
  enrolledOn: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  modules: ModuleProgressView[];
  modulesComplete: number;
  attendance: AttendanceFigures;
}

/** One buddy's training so far, newest enrolment first. */
export interface BuddyProgress {
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  enrolments: EnrolmentProgress[];
}

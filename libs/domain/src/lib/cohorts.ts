import type { CohortStatus } from '@peerpath/contracts';
import { PERMISSIONS } from './permissions';
import { canActAtPrison, type PrisonRef, type ScopedRole } from './scope';

export interface FieldProblem<F extends string = string> {
  field: F;
  message: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function cohortStatus(startsOn: string, endsOn: string, today: string): CohortStatus {
  if (today < startsOn) return 'planned';
  return today > endsOn ? 'finished' : 'running';
}

export function cohortProblems(cohort: { startsOn: string; endsOn: string; capacity: number }): FieldProblem<'endsOn' | 'capacity'>[] {
  const problems: FieldProblem<'endsOn' | 'capacity'>[] = [];
  if (cohort.endsOn < cohort.startsOn) problems.push({ field: 'endsOn', message: 'The end date must be on or after the start date' });
  if (!Number.isInteger(cohort.capacity) || cohort.capacity < 1) problems.push({ field: 'capacity', message: 'Capacity must be a whole number of at least 1' });
  return problems;
}

/** A session happens within its cohort's dates and ends after it starts. */
export function sessionProblems(
  session: { heldOn: string; startsAt: string; endsAt: string },
  cohort: { startsOn: string; endsOn: string },
): FieldProblem<'heldOn' | 'startsAt' | 'endsAt'>[] {
  const problems: FieldProblem<'heldOn' | 'startsAt' | 'endsAt'>[] = [];
  if (session.heldOn < cohort.startsOn || session.heldOn > cohort.endsOn) {
    problems.push({ field: 'heldOn', message: `The session must fall within the cohort's dates (${cohort.startsOn} to ${cohort.endsOn})` });
  }
  if (!TIME.test(session.startsAt)) problems.push({ field: 'startsAt', message: 'Enter the start time as HH:MM' });
  if (!TIME.test(session.endsAt)) problems.push({ field: 'endsAt', message: 'Enter the end time as HH:MM' });
  else if (TIME.test(session.startsAt) && session.endsAt <= session.startsAt) problems.push({ field: 'endsAt', message: 'The session must end after it starts' });
  return problems;
}

export type StaffRoleOnCohort = 'trainer' | 'assessor';

export interface CohortPermissions {
  read: boolean;
  enrol: boolean;
  schedule: boolean;
  registerAttendance: boolean;
  assess: boolean;
}

/**
 * What someone may do with a cohort (BRIEF: people and what they do). Coordinators run the
 * scheme at their prisons: they enrol, schedule and may correct a register, but do not assess.
 * Trainers act only on cohorts they deliver; an assessor assigned to a cohort only assesses.
 * Auditors and admins read.
 */
export function cohortPermissions(assignments: readonly ScopedRole[], prison: PrisonRef, staffRole: StaffRoleOnCohort | null): CohortPermissions {
  const coordinator = canActAtPrison(assignments, PERMISSIONS.enrol, prison);
  const reader = canActAtPrison(assignments, PERMISSIONS.overseeCohorts, prison);
  const staff = staffRole !== null && canActAtPrison(assignments, ['trainer'], prison);
  const trainer = staff && staffRole === 'trainer';
  return {
    read: reader || staff,
    enrol: coordinator,
    schedule: coordinator || trainer,
    registerAttendance: coordinator || trainer,
    assess: staff,
  };
}

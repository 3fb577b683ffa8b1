import type { CohortStatus, EnrolmentStatus } from '@peerpath/contracts';

/** One enrolment as the training rules see it. */
export interface EnrolmentDates {
  enrolledOn: string;
  cohortStartsOn: string;
  cohortEndsOn: string;
  withdrawnOn: string | null;
}

/**
 * The day this enrolment's training started for the buddy, or null if it has not: the later
 * of the cohort's start and the day they joined it (enrolling on a cohort that starts in six
 * weeks starts nothing yet), and not at all if they were withdrawn before that day.
 */
export function trainingStartOf(enrolment: Omit<EnrolmentDates, 'cohortEndsOn'>, today: string): string | null {
  const start = enrolment.enrolledOn > enrolment.cohortStartsOn ? enrolment.enrolledOn : enrolment.cohortStartsOn;
  if (start > today) return null;
  if (enrolment.withdrawnOn !== null && enrolment.withdrawnOn < start) return null;
  return start;
}

/** When a buddy's training started: the earliest start over their enrolments (the supervision clock starts here). */
export function trainingStartedOn(enrolments: readonly Omit<EnrolmentDates, 'cohortEndsOn'>[], today: string): string | null {
  let earliest: string | null = null;
  for (const e of enrolments) {
    const start = trainingStartOf(e, today);
    if (start !== null && (earliest === null || start < earliest)) earliest = start;
  }
  return earliest;
}

/**
 * Was a supervision on `heldOn` held during this enrolment's training? From the day training
 * started for the buddy to the cohort's end, or to the day they were withdrawn.
 */
export function heldDuringTraining(heldOn: string, enrolment: EnrolmentDates): boolean {
  const start = enrolment.enrolledOn > enrolment.cohortStartsOn ? enrolment.enrolledOn : enrolment.cohortStartsOn;
  const end = enrolment.withdrawnOn ?? enrolment.cohortEndsOn;
  return heldOn >= start && heldOn <= end;
}

/** In training now: an active place on a cohort that is running (a planned cohort has not started; a finished one has ended). */
export function inTraining(enrolmentStatus: EnrolmentStatus, cohortStatus: CohortStatus): boolean {
  return enrolmentStatus === 'active' && cohortStatus === 'running';
}

import type { RuleReason } from '@peerpath/contracts';
import { formatDate } from './dates';

export type EnrolmentRefusalCode = 'RECORD_CLOSED' | 'WRONG_PRISON' | 'NOT_APPROVED' | 'COHORT_FINISHED' | 'ALREADY_ENROLLED' | 'COHORT_FULL';

export interface EnrolmentCandidate {
  prisonNumber: string;
  prisonCode: string;
  selectionStatus: 'applied' | 'approved' | 'declined';
  released: boolean;
  /** The buddy's active enrolment on the same programme, if any. */
  activeEnrolment: { cohortName: string; endsOn: string } | null;
}

export interface EnrolmentCohort {
  name: string;
  prisonCode: string;
  endsOn: string;
  capacity: number;
  /** Active enrolments already taking places. */
  taken: number;
}

/**
 * Why one buddy cannot join a cohort, every reason. Only approved applicants train (BRIEF:
 * selection); training happens where the buddy is held; one active place per programme.
 */
export function enrolmentRefusals(buddy: EnrolmentCandidate, cohort: Omit<EnrolmentCohort, 'capacity' | 'taken'>, enrolledOn: string, today: string): RuleReason<EnrolmentRefusalCode>[] {
  const reasons: RuleReason<EnrolmentRefusalCode>[] = [];
  if (buddy.released) reasons.push({ code: 'RECORD_CLOSED', message: `${buddy.prisonNumber} has been released: the record is closed` });
  if (buddy.prisonCode !== cohort.prisonCode) reasons.push({ code: 'WRONG_PRISON', message: `${buddy.prisonNumber} is at ${buddy.prisonCode}; this cohort runs at ${cohort.prisonCode}` });
  if (buddy.selectionStatus !== 'approved') reasons.push({ code: 'NOT_APPROVED', message: `${buddy.prisonNumber} has not been approved as a buddy, so cannot enrol yet` });
  if (enrolledOn > cohort.endsOn) reasons.push({ code: 'COHORT_FINISHED', message: `${cohort.name} finished on ${formatDate(cohort.endsOn)}` });
  if (buddy.activeEnrolment) {
    // A cohort that has ended still holds the place until the buddy is withdrawn from it: say how to move on.
    const { cohortName, endsOn } = buddy.activeEnrolment;
    const ended = endsOn < today ? `, which ended on ${formatDate(endsOn)}: withdraw them from it first (their record stays)` : '';
    reasons.push({ code: 'ALREADY_ENROLLED', message: `${buddy.prisonNumber} is already enrolled on ${cohortName} for this programme${ended}` });
  }
  return reasons;
}

/**
 * Enrolling several at once: each buddy's own refusals, then the places. Nothing is enrolled
 * unless everyone can be, so when the chosen buddies outnumber the free places each one past
 * the last free place is refused as COHORT_FULL, in the order they were chosen.
 */
export function bulkEnrolmentRefusals<B extends EnrolmentCandidate>(buddies: readonly B[], cohort: EnrolmentCohort, enrolledOn: string, today: string): { buddy: B; reasons: RuleReason<EnrolmentRefusalCode>[] }[] {
  const free = Math.max(cohort.capacity - cohort.taken, 0);
  return buddies.map((buddy, index) => {
    const reasons = enrolmentRefusals(buddy, cohort, enrolledOn, today);
    if (index >= free) {
      const places = free === 0 ? `all ${cohort.capacity} places are taken` : `only ${free} of ${cohort.capacity} places ${free === 1 ? 'is' : 'are'} free and ${buddies.length} buddies were chosen`;
      reasons.push({ code: 'COHORT_FULL', message: `${cohort.name} is full: ${places}` });
    }
    return { buddy, reasons };
  });
}

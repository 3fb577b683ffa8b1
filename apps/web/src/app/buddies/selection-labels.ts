import type { AttendanceFigures, JourneyStage, ModuleProgressCell, RoleAssignmentView, SelectionStatus } from '@peerpath/contracts';
import { canActAtPrison, PERMISSIONS } from '@peerpath/domain';
import type { Tag } from '@peerpath/web/govuk/tag';

/** Selection status as a tag. */
export const SELECTION_TAGS: Record<SelectionStatus, Tag> = {
  applied: { text: 'Applied', colour: 'govuk-tag--yellow' },
  approved: { text: 'Approved', colour: 'govuk-tag--green' },
  declined: { text: 'Declined', colour: 'govuk-tag--red' },
};

/** Where a buddy is on their journey, as a tag in the register. */
export const STAGE_TAGS: Record<JourneyStage, Tag> = {
  applied: { text: 'Applied', colour: 'govuk-tag--yellow' },
  declined: { text: 'Declined', colour: 'govuk-tag--red' },
  approved: { text: 'Approved', colour: 'govuk-tag--turquoise' },
  in_training: { text: 'In training', colour: 'govuk-tag--blue' },
  certified: { text: 'Certified', colour: 'govuk-tag--green' },
  suspended: { text: 'Certificate suspended', colour: 'govuk-tag--orange' },
  expired: { text: 'Certificate expired', colour: 'govuk-tag--pink' },
  released: { text: 'Released', colour: 'govuk-tag--grey' },
};

export const STAGE_OPTIONS: readonly { value: JourneyStage | ''; text: string }[] = [
  { value: '', text: 'Any stage' },
  { value: 'applied', text: 'Applied, not yet decided' },
  { value: 'approved', text: 'Approved, not in training or certified' },
  { value: 'in_training', text: 'In training' },
  { value: 'certified', text: 'Certified' },
  { value: 'declined', text: 'Declined' },
  { value: 'suspended', text: 'Certificate suspended' },
  { value: 'expired', text: 'Certificate expired, not renewed' },
  { value: 'released', text: 'Released' },
];

export function moduleProgressTag(cell: Pick<ModuleProgressCell, 'state' | 'met' | 'total'>): Tag {
  switch (cell.state) {
    case 'complete':
      return { text: 'Complete', colour: 'govuk-tag--green' };
    case 'in_progress':
      return { text: `In progress ${cell.met} of ${cell.total}`, colour: '' };
    case 'not_started':
      return { text: 'Not started', colour: 'govuk-tag--grey' };
  }
}

export function attendanceText(figures: AttendanceFigures): string {
  if (figures.ratePercent === null) return 'No sessions recorded yet';
  const counted = figures.attended + figures.absent;
  const excused = figures.excused > 0 ? `, ${figures.excused} excused` : '';
  return `${figures.ratePercent}% (attended ${figures.attended} of ${counted} sessions${excused})`;
}

/**
 * May these assignments record decisions for a buddy at this prison? Only coordinators change
 * the register (BRIEF: auditors change nothing, admins run programmes and staff). The API decides
 * in the end; this only keeps forms away from people whose answer would be a refusal.
 */
export function mayCoordinateAt(assignments: readonly RoleAssignmentView[], prisonCode: string): boolean {
  // Coordinators hold prison scope; a cluster-wide coordinator would need the prison's cluster,
  // which BuddyDetail does not carry, so such an assignment falls to the API to judge.
  return canActAtPrison(assignments, PERMISSIONS.changeBuddyRecords, { code: prisonCode, clusterCode: '' });
}

import type {
  AssessmentMethod,
  AttendanceFigures,
  AttendanceMark,
  CohortStatus,
  DecisionView,
  ModuleProgressCell,
  ModuleProgressState,
  RoleName,
} from '@peerpath/contracts';
import { mayDo, METHOD_LABELS } from '@peerpath/domain';
import type { Tag } from '@peerpath/web/govuk/tag';

/** A trainer is shown only the cohorts they deliver, unless another role lets them see more. */
export function seesOnlyOwnCohorts(roles: readonly RoleName[]): boolean {
  return roles.includes('trainer') && !mayDo('overseeCohorts', roles);
}

/** So a trainer's list reads as theirs: "My cohorts"; everyone else's is "Cohorts". */
export function cohortsLabel(roles: readonly RoleName[]): string {
  return seesOnlyOwnCohorts(roles) ? 'My cohorts' : 'Cohorts';
}

/** Only those the API lets set up cohorts see the button. */
export function mayCreateCohorts(roles: readonly RoleName[]): boolean {
  return mayDo('createCohorts', roles);
}

export const COHORT_STATUS_TAGS: Record<CohortStatus, Tag> = {
  planned: { text: 'Planned', colour: 'govuk-tag--blue' },
  running: { text: 'Running', colour: 'govuk-tag--green' },
  finished: { text: 'Finished', colour: 'govuk-tag--grey' },
};

export const MODULE_STATE_COLOURS: Record<ModuleProgressState, string> = {
  complete: 'govuk-tag--green',
  in_progress: 'govuk-tag--yellow',
  not_started: 'govuk-tag--grey',
};

/**
 * What a matrix cell says, so it reads without its colour: "Complete", "3 of 5" (criteria met)
 * or "Not started". A module with decisions but nothing met yet is still in progress: "0 of 5".
 */
export function cellLabel(cell: Pick<ModuleProgressCell, 'state' | 'met' | 'total'>): string {
  switch (cell.state) {
    case 'complete':
      return 'Complete';
    case 'in_progress':
      return `${cell.met} of ${cell.total}`;
    default:
      return 'Not started';
  }
}

/** The same cell for a screen reader, where "3 of 5" alone would be ambiguous. */
export function cellDescription(cell: Pick<ModuleProgressCell, 'state' | 'met' | 'total'>): string {
  if (cell.state === 'in_progress') return `in progress, ${cell.met} of ${cell.total} criteria met`;
  return cell.state === 'complete' ? 'complete' : 'not started';
}

export function attendanceLabel(attendance: AttendanceFigures): string {
  return attendance.ratePercent === null ? 'None yet' : `${attendance.ratePercent}%`;
}

export const MARK_LABELS: Record<AttendanceMark, string> = {
  present: 'Present',
  late: 'Late',
  absent: 'Absent',
  excused: 'Excused',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar" within the current year, "12 Mar 2025" otherwise: short enough for a table cell. */
export function formatShortDate(iso: string, today: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const short = `${Number(match[3])} ${SHORT_MONTHS[Number(match[2]) - 1]}`;
  return today.startsWith(`${match[1]}-`) ? short : `${short} ${match[1]}`;
}

export function methodLabel(method: AssessmentMethod): string {
  return METHOD_LABELS[method];
}

/** A decision in force, as one table cell: "Met — observation in practice, 12 Mar". */
export function decisionLabel(decision: Pick<DecisionView, 'outcome' | 'method' | 'assessedOn'>, today: string): string {
  const outcome = decision.outcome === 'met' ? 'Met' : 'Not yet met';
  return `${outcome} — ${METHOD_LABELS[decision.method].toLowerCase()}, ${formatShortDate(decision.assessedOn, today)}`;
}

export function buddyName(buddy: { firstName: string; lastName: string }): string {
  return `${buddy.firstName} ${buddy.lastName}`;
}

import type { PageQuery } from './paging';

/** Where a buddy stands with one-to-one supervision, derived from the dates and the prison's policy. */
export type SupervisionState = 'not_started' | 'up_to_date' | 'due_soon' | 'overdue';

export interface SupervisionStatus {
  state: SupervisionState;
  lastSupervisedOn: string | null;
  /** The date by which the next supervision should happen; null before training starts. */
  nextDueOn: string | null;
  /** Days past the due date (0 unless overdue). */
  daysOverdue: number;
}

/** Each prison's rules for its scheme, editable by an admin or that prison's coordinator. */
export interface PrisonPolicy {
  /** Days between supervisions (default 28). */
  supervisionIntervalDays: number;
  /** Most hours a buddy may be allocated each week, across all allocations. */
  weeklyHoursCap: number;
  /** How long a certificate lasts (default 24 months). */
  certificateValidityMonths: number;
  /** Least attendance, in percent, for certification (default 80). */
  attendanceThresholdPercent: number;
}

/** 1 (struggling) to 5 (very well): how the buddy says they are. */
export type Wellbeing = 1 | 2 | 3 | 4 | 5;

export interface RecordSupervisionRequest {
  heldOn: string;
  durationMinutes: number;
  /** Hours of buddy work since the last supervision. */
  hoursWorkedSinceLast: number;
  wellbeing: Wellbeing;
  /** That the limits of the role (no intimate care) were talked through. */
  boundariesDiscussed: boolean;
  concerns?: string;
  agreedActions?: string;
}

export interface SupervisionView {
  id: string;
  buddyId: string;
  heldOn: string;
  supervisorName: string;
  durationMinutes: number;
  hoursWorkedSinceLast: number;
  wellbeing: Wellbeing;
  boundariesDiscussed: boolean;
  concerns: string;
  agreedActions: string;
  recordedAt: string;
}

export interface BuddySupervision {
  status: SupervisionStatus;
  /** Newest first. */
  sessions: SupervisionView[];
}

/** A line of the "due this week" and "overdue" lists. */
export interface SupervisionDueItem {
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  status: SupervisionStatus;
}

/** GET /api/supervision/due: a page of those due soonest (most overdue first), one state or both. */
export interface SupervisionDueQuery extends PageQuery {
  prison?: string;
  state?: 'overdue' | 'due_soon';
}

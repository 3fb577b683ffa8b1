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

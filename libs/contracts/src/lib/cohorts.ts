import type { PageQuery, SortQuery } from './paging';
/** Derived from the dates and today, never stored. */
export type CohortStatus = 'planned' | 'running' | 'finished';
/** Trainers deliver and assess; assessors only assess. */
export type CohortStaffRole = 'trainer' | 'assessor';
export type EnrolmentStatus = 'active' | 'withdrawn';
export type AttendanceMark = 'present' | 'late' | 'absent' | 'excused';

export interface CohortStaffView {
  userId: string;
  displayName: string;
  role: CohortStaffRole;
}

export interface CohortSummary {
  id: string;
  name: string;
  prisonCode: string;
  prisonName: string;
  programmeId: string;
  programmeTitle: string;
  programmeVersionId: string;
  versionLabel: string;
  /** ISO dates. */
  startsOn: string;
  endsOn: string;
  capacity: number;
  activeEnrolments: number;
  status: CohortStatus;
}

export interface SessionView {
  id: string;
  heldOn: string;
  /** 24-hour "HH:MM". */
  startsAt: string;
  endsAt: string;
  location: string;
  modules: { id: string; number: number; title: string }[];
  /** How many enrolled buddies have a mark for this session. */
  marksRecorded: number;
}

export interface EnrolmentView {
  id: string;
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  status: EnrolmentStatus;
  enrolledOn: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

export interface CohortDetail extends CohortSummary {
  /** Optimistic-lock version. */
  version: number;
  staff: CohortStaffView[];
  sessions: SessionView[];
  enrolments: EnrolmentView[];
  /** What the caller may do here, so the web app shows only the actions that will succeed. */
  permissions: { enrol: boolean; schedule: boolean; registerAttendance: boolean; assess: boolean };
}

export interface CreateCohortRequest {
  prisonCode: string;
  programmeVersionId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  trainerIds: string[];
  assessorIds?: string[];
}

export interface ScheduleSessionRequest {
  heldOn: string;
  startsAt: string;
  endsAt: string;
  location: string;
  moduleIds: string[];
}

export interface EnrolRequest {
  buddyId: string;
  /** Defaults to today. */
  enrolledOn?: string;
}

export interface WithdrawRequest {
  reason: string;
  /** Defaults to today. */
  withdrawnOn?: string;
}

/** Staff who could be named as a cohort's trainer or assessor at a prison. */
export interface EligibleTrainer {
  userId: string;
  displayName: string;
}

export interface RegisterEntry {
  buddyId: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  mark: AttendanceMark | null;
}

/** The attendance register of one session: every buddy actively enrolled, with their mark if taken. */
export interface AttendanceRegister {
  sessionId: string;
  cohortId: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  location: string;
  modules: { id: string; number: number; title: string }[];
  entries: RegisterEntry[];
}

/** Saved in one request: one mark for every buddy actively enrolled. */
export interface SaveRegisterRequest {
  marks: { buddyId: string; mark: AttendanceMark }[];
}

/** A cohort's status, or 'current': planned or running, not yet finished (what can still be enrolled on). */
export type CohortStatusFilter = CohortStatus | 'current';
/** The columns the cohorts list sorts on: start date (the default, newest first), end date, name. */
export type CohortSort = 'startsOn' | 'endsOn' | 'name';

/** GET /api/cohorts: a page of cohorts in the caller's scope (a trainer's: those they deliver). */
export interface CohortListQuery extends PageQuery, SortQuery<CohortSort> {
  prison?: string;
  status?: CohortStatusFilter;
  programmeId?: string;
}

/** GET /api/cohorts/eligible-trainers: the prison is required. */
export interface EligibleTrainersQuery {
  prison: string;
}

/** A session a trainer delivers this week, for their home page. */
export interface UpcomingSession {
  cohortId: string;
  cohortName: string;
  prisonCode: string;
  sessionId: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  location: string;
  modules: { number: number; title: string }[];
  /** Marks recorded so far, and buddies holding a place. */
  marksRecorded: number;
  activeBuddies: number;
}

/** Several approved buddies into one cohort: all of them, or (on refusal) none. */
export interface BulkEnrolRequest {
  buddyIds: string[];
  /** Defaults to today. */
  enrolledOn?: string;
}

/** A series of sessions, each on its own date with its own modules, at one time and place. */
export interface ScheduleSeriesRequest {
  startsAt: string;
  endsAt: string;
  location: string;
  sessions: { heldOn: string; moduleIds: string[] }[];
}

import type { PageQuery, SortQuery } from './paging';
import type { CertificateStatus } from './certification';

/**
 * The tasks a buddy may be allocated (BRIEF: allocation). Intimate care (washing, toileting,
 * feeding, oral care, dressing intimate areas) is deliberately not a task that exists.
 */
export type AllocationTask = 'cleaning_living_space' | 'collecting_meals' | 'escorting_mobility' | 'wheelchair_assistance' | 'reading_writing' | 'company_activities';

export type AllocationGateCode =
  | 'NO_CERTIFICATE'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_SUSPENDED'
  | 'CERTIFICATE_REVOKED'
  | 'BUDDY_RECORD_CLOSED'
  | 'SELECTION_NOT_APPROVED'
  | 'BUDDY_NOT_AT_YOUR_PRISON'
  | 'RECIPIENT_NOT_AT_YOUR_PRISON'
  | 'DIFFERENT_PRISONS'
  | 'SUPERVISION_OVERDUE'
  | 'OVER_WEEKLY_HOURS_CAP'
  | 'NO_TASKS'
  | 'ALREADY_ALLOCATED_TO_RECIPIENT';

export interface RecipientSummary {
  id: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  prisonName: string;
  supportSummary: string;
  carePlanReference: string;
  /** Buddies allocated now; 0 means waiting for support. */
  activeAllocations: number;
  /** Of those, how many are with a buddy whose certificate is no longer valid (suspended, revoked, expired or none). */
  allocationsNeedingAttention: number;
  /** ISO date: while nobody is allocated, since when (their last allocation ended, or they were added); otherwise null. */
  waitingSince: string | null;
  /** ISO date the next outcome review falls, while they are supported; otherwise null. */
  outcomeReviewDueOn: string | null;
  /** ISO date of their last outcome review, or null. */
  lastReviewedOn: string | null;
  version: number;
}

export interface CreateRecipientRequest {
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  supportSummary: string;
  carePlanReference: string;
}

export interface AllocationRequest {
  buddyId: string;
  recipientId: string;
  tasks: AllocationTask[];
  plannedWeeklyHours: number;
  startsOn: string;
}

export interface AllocationView {
  id: string;
  buddyId: string;
  buddyName: string;
  buddyPrisonNumber: string;
  recipientId: string;
  recipientName: string;
  recipientPrisonNumber: string;
  prisonCode: string;
  tasks: AllocationTask[];
  plannedWeeklyHours: number;
  startsOn: string;
  status: 'active' | 'ended';
  endedOn: string | null;
  endReason: string | null;
  allocatedBy: string;
}

/** An active allocation whose buddy's certificate is no longer valid (suspended, revoked or expired). */
export interface AllocationNeedingAttention extends AllocationView {
  certificateNumber: string | null;
  certificateStatus: Exclude<CertificateStatus, 'valid'> | 'none';
}

export interface EndAllocationRequest {
  reason: string;
  /** Defaults to today. */
  endedOn?: string;
}

/** One prison, or every prison in scope. */
export interface PrisonFilter {
  prison?: string;
}

/** GET /api/allocations/needing-attention: a page of them, longest-running first. */
export interface NeedingAttentionQuery extends PrisonFilter, PageQuery {}

/** Which allocations a list shows: active (the default), ended, or both. */
export type AllocationListStatus = 'active' | 'ended' | 'all';
/** The columns the allocations list sorts on: start date (the default, newest first), weekly hours, buddy, recipient. */
export type AllocationSort = 'startsOn' | 'hours' | 'buddy' | 'recipient';

/** GET /api/allocations: a page of allocations in the caller's scope. */
export interface AllocationListQuery extends PageQuery, SortQuery<AllocationSort> {
  prison?: string;
  status?: AllocationListStatus;
  /** One recipient's allocations (their page). */
  recipientId?: string;
}

/**
 * The recipients list's filter on support: waiting for a buddy, supported now, or supported by a
 * buddy whose certificate is no longer valid (flagged).
 */
export type RecipientSupportFilter = 'waiting' | 'supported' | 'flagged';
/** The columns the recipients list sorts on: waiting since (the default: longest waiting first, supported people last), name. */
export type RecipientSort = 'waitingSince' | 'name';

/** GET /api/recipients: a page of the recipient register in the caller's scope. */
export interface RecipientListQuery extends PageQuery, SortQuery<RecipientSort> {
  prison?: string;
  support?: RecipientSupportFilter;
  /** Prison number or part of a name. */
  search?: string;
}

import type { AllocationListStatus, AllocationSort, CohortSort, CohortStatusFilter, ConcernSort, RecipientSort, RecipientSupportFilter, SortOrder } from '@peerpath/contracts';

/*
 * The values each paged list accepts for its filters and sort columns: the API validates
 * against these lists and the web app reads the address against the same ones, so a column
 * added here is sortable in both at once.
 */

export const SORT_ORDERS = ['asc', 'desc'] as const satisfies readonly SortOrder[];

export const ALLOCATION_LIST_STATUSES = ['active', 'ended', 'all'] as const satisfies readonly AllocationListStatus[];
export const ALLOCATION_SORTS = ['startsOn', 'hours', 'buddy', 'recipient'] as const satisfies readonly AllocationSort[];

export const RECIPIENT_SUPPORT_FILTERS = ['waiting', 'supported', 'flagged'] as const satisfies readonly RecipientSupportFilter[];
export const RECIPIENT_SORTS = ['waitingSince', 'name'] as const satisfies readonly RecipientSort[];

export const CONCERN_SORTS = ['status', 'raisedAt', 'reviewedAt', 'kind', 'subject'] as const satisfies readonly ConcernSort[];

export const COHORT_STATUS_FILTERS = ['current', 'planned', 'running', 'finished'] as const satisfies readonly CohortStatusFilter[];
export const COHORT_SORTS = ['startsOn', 'endsOn', 'name'] as const satisfies readonly CohortSort[];

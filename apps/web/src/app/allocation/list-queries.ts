import type { Params } from '@angular/router';
import type { AllocationListQuery, AllocationListStatus, AllocationSort, RecipientListQuery, RecipientSort, RecipientSupportFilter } from '@peerpath/contracts';
import { ALLOCATION_LIST_STATUSES, ALLOCATION_SORTS, RECIPIENT_SORTS, RECIPIENT_SUPPORT_FILTERS } from '@peerpath/domain';
import { LIST_PAGE_SIZE, oneOf, pageOf, prisonCodeOf, type QueryValue, sortParams, type SortState, sortStateOf } from '@peerpath/web/platform/list-query';

/** Newest allocations first, as the API does when asked nothing. */
export const ALLOCATIONS_DEFAULT_SORT: SortState<AllocationSort> = { sort: 'startsOn', order: 'desc' };
/** Those waiting longest first, then the supported. */
export const RECIPIENTS_DEFAULT_SORT: SortState<RecipientSort> = { sort: 'waitingSince', order: 'asc' };

export interface AllocationListFilters extends SortState<AllocationSort> {
  prison: string;
  status: AllocationListStatus;
  page: number;
}

/** The allocations list as the address says, whatever was typed into it: active ones unless it says otherwise. */
export function allocationFiltersOf(query: { prison?: QueryValue; status?: QueryValue; sort?: QueryValue; order?: QueryValue; page?: QueryValue }): AllocationListFilters {
  return {
    prison: prisonCodeOf(query.prison),
    status: oneOf(query.status, ALLOCATION_LIST_STATUSES, 'active'),
    ...sortStateOf(query, ALLOCATION_SORTS, ALLOCATIONS_DEFAULT_SORT),
    page: pageOf(query.page),
  };
}

/** GET /api/allocations for these filters, leaving out what is the default. */
export function allocationListRequest(filters: AllocationListFilters, pageSize = LIST_PAGE_SIZE): AllocationListQuery {
  return {
    ...(filters.prison ? { prison: filters.prison } : {}),
    ...(filters.status !== 'active' ? { status: filters.status } : {}),
    ...sortParams(filters, ALLOCATIONS_DEFAULT_SORT),
    page: filters.page,
    pageSize,
  };
}

/** The address after the filter form is submitted: defaults disappear, the sort stays, both lists back to page 1. */
export function allocationFormParams(form: { prison: string; status: string }): Params {
  const filters = allocationFiltersOf(form);
  return { prison: filters.prison || null, status: filters.status === 'active' ? null : filters.status, page: null, attentionPage: null };
}

export interface RecipientListFilters extends SortState<RecipientSort> {
  prison: string;
  support: RecipientSupportFilter | '';
  search: string;
  page: number;
}

export function recipientFiltersOf(query: { prison?: QueryValue; support?: QueryValue; search?: QueryValue; sort?: QueryValue; order?: QueryValue; page?: QueryValue }): RecipientListFilters {
  return {
    prison: prisonCodeOf(query.prison),
    support: oneOf(query.support, RECIPIENT_SUPPORT_FILTERS, ''),
    search: (query.search ?? '').trim().slice(0, 60),
    ...sortStateOf(query, RECIPIENT_SORTS, RECIPIENTS_DEFAULT_SORT),
    page: pageOf(query.page),
  };
}

export function recipientListRequest(filters: RecipientListFilters, pageSize = LIST_PAGE_SIZE): RecipientListQuery {
  return {
    ...(filters.prison ? { prison: filters.prison } : {}),
    ...(filters.support ? { support: filters.support } : {}),
    ...(filters.search ? { search: filters.search } : {}),
    ...sortParams(filters, RECIPIENTS_DEFAULT_SORT),
    page: filters.page,
    pageSize,
  };
}

export function recipientFormParams(form: { prison: string; support: string; search: string }): Params {
  const filters = recipientFiltersOf(form);
  return { prison: filters.prison || null, support: filters.support || null, search: filters.search || null, page: null };
}

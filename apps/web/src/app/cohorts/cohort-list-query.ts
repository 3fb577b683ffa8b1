import type { Params } from '@angular/router';
import type { CohortListQuery, CohortSort, CohortStatusFilter } from '@peerpath/contracts';
import { COHORT_SORTS, COHORT_STATUS_FILTERS, UUID_PATTERN } from '@peerpath/domain';
import { LIST_PAGE_SIZE, oneOf, pageOf, prisonCodeOf, type QueryValue, sortParams, type SortState, sortStateOf } from '@peerpath/web/platform/list-query';

/** Newest cohorts first, as the API does when asked nothing. */
export const COHORTS_DEFAULT_SORT: SortState<CohortSort> = { sort: 'startsOn', order: 'desc' };

export interface CohortListFilters extends SortState<CohortSort> {
  prison: string;
  status: CohortStatusFilter | '';
  /** A programme id, or '' for every programme. */
  programme: string;
  page: number;
}

/** The cohorts list as the address says; anything the API would refuse means "any". */
export function cohortFiltersOf(query: { prison?: QueryValue; status?: QueryValue; programme?: QueryValue; sort?: QueryValue; order?: QueryValue; page?: QueryValue }): CohortListFilters {
  const programme = (query.programme ?? '').trim();
  return {
    prison: prisonCodeOf(query.prison),
    status: oneOf(query.status, COHORT_STATUS_FILTERS, ''),
    programme: UUID_PATTERN.test(programme) ? programme : '',
    ...sortStateOf(query, COHORT_SORTS, COHORTS_DEFAULT_SORT),
    page: pageOf(query.page),
  };
}

/** GET /api/cohorts for these filters, leaving out what is not set. */
export function cohortListRequest(filters: CohortListFilters, pageSize = LIST_PAGE_SIZE): CohortListQuery {
  return {
    ...(filters.prison ? { prison: filters.prison } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.programme ? { programmeId: filters.programme } : {}),
    ...sortParams(filters, COHORTS_DEFAULT_SORT),
    page: filters.page,
    pageSize,
  };
}

/** The address after the filter form is submitted: empty filters disappear, the sort stays, back to page 1. */
export function cohortFormParams(form: { prison: string; status: string; programme: string }): Params {
  const filters = cohortFiltersOf(form);
  return { prison: filters.prison || null, status: filters.status || null, programme: filters.programme || null, page: null };
}

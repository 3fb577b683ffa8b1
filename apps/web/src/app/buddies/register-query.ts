import type { Params } from '@angular/router';
import type { JourneyStage } from '@peerpath/contracts';
import { JOURNEY_STAGES } from '@peerpath/domain';

export const REGISTER_PAGE_SIZE = 25;
/** The stages the register filters on: the domain's one list. */
export const STAGES: readonly JourneyStage[] = JOURNEY_STAGES;

/** The register's filters as the page understands them, whatever was typed into the address bar. */
export interface RegisterFilters {
  search: string;
  /** A prison code, or '' for every prison in scope. */
  prison: string;
  stage: JourneyStage | '';
  page: number;
}

/** Query parameters as the router hands them over: absent, or a string. */
export interface RegisterQueryParams {
  search?: string | null;
  prison?: string | null;
  stage?: string | null;
  page?: string | null;
}

/**
 * Reads the filters from the address. Anything the API would refuse (a bad prison code, an
 * unknown stage, page "abc") is dropped rather than shown as an error: the address is not a form.
 */
export function filtersFromQuery(query: RegisterQueryParams): RegisterFilters {
  const search = (query.search ?? '').trim().slice(0, 60);
  const prison = (query.prison ?? '').trim().toUpperCase();
  const stage = STAGES.find((s) => s === query.stage) ?? '';
  const page = Number(query.page);
  return {
    search,
    prison: /^[A-Z]{3}$/.test(prison) ? prison : '',
    stage,
    page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1,
  };
}

/** GET /api/buddies parameters for these filters, leaving out the ones that are not set. */
export function registerRequestParams(filters: RegisterFilters, pageSize = REGISTER_PAGE_SIZE): Record<string, string | number> {
  const params: Record<string, string | number> = { page: filters.page, pageSize };
  if (filters.search) params['search'] = filters.search;
  if (filters.prison) params['prison'] = filters.prison;
  if (filters.stage) params['stage'] = filters.stage;
  return params;
}

/**
 * The address after the filter form is submitted: empty filters disappear from it and the page
 * goes back to the first (null removes a parameter when navigating).
 */
export function queryParamsOfForm(form: { search: string; prison: string; stage: string }): Params {
  const filters = filtersFromQuery(form);
  return {
    search: filters.search || null,
    prison: filters.prison || null,
    stage: filters.stage || null,
    page: null,
  };
}

// Paging is the same for every list: one GOV.UK pagination, in govuk/pagination.ts.
export { pageItems, totalPages, type PageItem } from '@peerpath/web/govuk/pagination';

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

export type PageItem = { kind: 'page'; number: number; current: boolean } | { kind: 'ellipsis' };

/**
 * GOV.UK pagination: always the first and last pages, the current one and its neighbours,
 * and an ellipsis for each gap of more than one page.
 */
export function pageItems(current: number, totalPages: number): PageItem[] {
  if (totalPages <= 1) return [];
  const shown = new Set([1, totalPages, current - 1, current, current + 1].filter((n) => n >= 1 && n <= totalPages));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  numbers.forEach((number, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && number - previous === 2) items.push({ kind: 'page', number: number - 1, current: false });
    else if (previous !== undefined && number - previous > 2) items.push({ kind: 'ellipsis' });
    items.push({ kind: 'page', number, current: number === current });
  });
  return items;
}

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

import type { SortOrder } from '@peerpath/contracts';
import { SORT_ORDERS } from '@peerpath/domain';

/** Rows a page of every list shows. */
export const LIST_PAGE_SIZE = 25;

/** Query parameters as the router hands them over: absent, or a string. */
export type QueryValue = string | null | undefined;

/** A page number from the address, or 1 for anything the API would refuse. */
export function pageOf(value: QueryValue): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1;
}

/** One of `allowed`, or `fallback` for anything else: the address is not a form, so nothing there is an error. */
export function oneOf<T extends string, F extends string = T>(value: QueryValue, allowed: readonly T[], fallback: F): T | F {
  return allowed.find((a) => a === value) ?? fallback;
}

/** A prison code from the address, or '' for every prison in scope. */
export function prisonCodeOf(value: QueryValue): string {
  const code = (value ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : '';
}

export interface SortState<K extends string> {
  sort: K;
  order: SortOrder;
}

/**
 * The sort in the address, as the API reads it: with no order given, the list's default column
 * keeps its default order and any other column goes ascending.
 */
export function sortStateOf<K extends string>(query: { sort?: QueryValue; order?: QueryValue }, allowed: readonly K[], fallback: SortState<K>): SortState<K> {
  const sort = oneOf(query.sort, allowed, fallback.sort);
  const order = oneOf<SortOrder, SortOrder | ''>(query.order, SORT_ORDERS, '');
  return { sort, order: order || (sort === fallback.sort ? fallback.order : 'asc') };
}

/** `sort` and `order` for the API, left out when they are the list's default (so requests stay as the address). */
export function sortParams<K extends string>(state: SortState<K>, fallback: SortState<K>): { sort?: K; order?: SortOrder } {
  return state.sort === fallback.sort && state.order === fallback.order ? {} : { sort: state.sort, order: state.order };
}

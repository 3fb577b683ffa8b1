/** `page` (from 1) and `pageSize` (at most 100) of every paged list. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export type SortOrder = 'asc' | 'desc';

/**
 * A list sorted on one of its columns, `K` being the columns it allows. Either may be left out:
 * each list has its own default, and a stable tie-breaker after whatever is asked.
 */
export interface SortQuery<K extends string> {
  sort?: K;
  order?: SortOrder;
}

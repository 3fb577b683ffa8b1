import type { Page, SortOrder } from '@peerpath/contracts';
import type { EntityManager } from 'typeorm';

export const DEFAULT_PAGE_SIZE = 25;

/**
 * How a list is ordered: the column asked for, then a fixed tie-breaker that ends in a unique
 * key, so the same query always pages the same way (no row on two pages, none skipped).
 * Column expressions are over the matching rows, aliased `m`, and only ever come from the
 * list's own map: what the caller sends picks a key, never SQL.
 */
export interface Ordering<K extends string> {
  /** Each column's expression, or expressions (a name: last, then first), all taking the order asked. */
  columns: Readonly<Record<K, string | readonly string[]>>;
  sort: K;
  order: SortOrder;
  tieBreak: string;
}

/**
 * The sort asked for, or the list's default: with no order given, the default column keeps its
 * default order and any other column goes ascending (A to Z, oldest first, fewest hours first).
 */
export function sortOf<K extends string>(query: { sort?: K; order?: SortOrder }, fallback: { sort: K; order: SortOrder }): { sort: K; order: SortOrder } {
  const sort = query.sort ?? fallback.sort;
  return { sort, order: query.order ?? (sort === fallback.sort ? fallback.order : 'asc') };
}

/** ORDER BY for an ordering; rows without a value (e.g. nobody waiting) come last either way. */
export function orderBySql<K extends string>(ordering: Ordering<K>): string {
  const direction = ordering.order === 'desc' ? 'DESC' : 'ASC';
  const column: string | readonly string[] = ordering.columns[ordering.sort];
  const keys = (typeof column === 'string' ? [column] : column).map((expression) => `${expression} ${direction} NULLS LAST`);
  return [...keys, ordering.tieBreak].join(', ');
}

/**
 * One page of `matching` (a SELECT written with `$1`… for `params`, already filtered and
 * scoped), counted, ordered and cut in SQL. `hidden` names columns the query needs for
 * ordering or scope that are not part of the item.
 *
 * `details`, when given, is a SELECT over the page's rows only, `m` (matching's columns and
 * `total`): a list whose items join several tables finds and counts its rows on the few
 * columns that decide them, and builds the rest for the rows it returns, not every match.
 */
export async function pagedQuery<T>(
  manager: EntityManager,
  list: { matching: string; params: unknown[]; orderBy: string; page?: number; pageSize?: number; hidden?: readonly string[]; details?: string },
): Promise<Page<T>> {
  const page = list.page ?? 1;
  const pageSize = list.pageSize ?? DEFAULT_PAGE_SIZE;
  const n = list.params.length;
  const onePage = `SELECT m.*, count(*) OVER ()::int AS total FROM (${list.matching}) m ORDER BY ${list.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`;
  const rows: Record<string, unknown>[] = await manager.query(
    list.details ? `WITH m AS MATERIALIZED (${onePage}) ${list.details} ORDER BY ${list.orderBy}` : onePage,
    [...list.params, pageSize, (page - 1) * pageSize],
  );
  // Past the last page there is no row to carry the count: ask for it alone.
  const total =
    (rows[0]?.['total'] as number | undefined) ??
    (page > 1 ? ((await manager.query(`SELECT count(*)::int AS total FROM (${list.matching}) m`, list.params))[0].total as number) : 0);
  const items = rows.map((row) => {
    const item = { ...row };
    for (const key of ['total', ...(list.hidden ?? [])]) delete item[key];
    return item as T;
  });
  return { items, total, page, pageSize };
}

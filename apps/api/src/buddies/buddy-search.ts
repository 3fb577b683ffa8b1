import type { BuddySummary, Page } from '@peerpath/contracts';
import type { EntityManager } from 'typeorm';
import { BUDDY_SUMMARY_COLUMNS, buddyMatchesSql, searchPatternOf, stageFactsJoin } from './buddies.sql';

/** How many people a picker lists at once unless asked for a page size; past that, it asks for more of a name or number. */
export const PICKER_LIMIT = 20;

/**
 * The buddies a picker may offer that match what was typed: searched, filtered and counted in
 * SQL, so a prison with hundreds of records is searched whole rather than its first page.
 * `where` is a condition on the summary row `r` (its `id`, `"prisonCode"`, `cluster_code`,
 * `"selectionStatus"` and derived `stage`), written with `$1`… for `params`; the search pattern
 * and today are appended after them. `page` and `pageSize` step through every match (a bulk page).
 */
export async function searchBuddies(
  manager: EntityManager,
  filter: { where: string; params: unknown[]; search?: string; today: string; page?: number; pageSize?: number },
): Promise<Page<BuddySummary>> {
  const n = filter.params.length;
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? PICKER_LIMIT;
  const rows: (BuddySummary & { total: number })[] = await manager.query(
    `SELECT r.*, count(*) OVER ()::int AS total FROM (
        SELECT ${BUDDY_SUMMARY_COLUMNS}, b.last_name AS sort_last, b.first_name AS sort_first, c.code AS cluster_code
          FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
          ${stageFactsJoin(`$${n + 2}::date`)}
         WHERE ${buddyMatchesSql(`$${n + 1}`)}) r
      WHERE ${filter.where}
      ORDER BY r.sort_last, r.sort_first, r."prisonNumber"
      LIMIT $${n + 3} OFFSET $${n + 4}`,
    [...filter.params, searchPatternOf(filter.search), filter.today, pageSize, (page - 1) * pageSize],
  );
  const items = rows.map((row) => {
    const item: Partial<typeof row> & { sort_last?: string; sort_first?: string; cluster_code?: string } = { ...row };
    delete item.total;
    delete item.sort_last;
    delete item.sort_first;
    delete item.cluster_code;
    return item as BuddySummary;
  });
  // Past the last page no row carries the count: ask for it (a page asked for by hand, or after someone else's change).
  const total = rows[0]?.total ?? (page > 1 ? (await searchBuddies(manager, { ...filter, page: 1, pageSize: 1 })).total : 0);
  return { items, total, page, pageSize };
}

import type { BuddySummary, Page } from '@peerpath/contracts';
import type { EntityManager } from 'typeorm';
import { BUDDY_SUMMARY_COLUMNS, buddyMatchesSql, searchPatternOf, stageFactsJoin } from './buddies.sql';

/** How many people a picker lists at once; past that, it asks for more of a name or number. */
export const PICKER_LIMIT = 20;

/**
 * The buddies a picker may offer that match what was typed: searched, filtered and counted in
 * SQL, so a prison with hundreds of records is searched whole rather than its first page.
 * `where` is a condition on the summary row `r` (its `id`, `"prisonCode"`, `cluster_code`,
 * `"selectionStatus"` and derived `stage`), written with `$1`… for `params`; the search pattern
 * and today are appended after them.
 */
export async function searchBuddies(manager: EntityManager, filter: { where: string; params: unknown[]; search?: string; today: string }): Promise<Page<BuddySummary>> {
  const n = filter.params.length;
  const rows: (BuddySummary & { total: number })[] = await manager.query(
    `SELECT r.*, count(*) OVER ()::int AS total FROM (
        SELECT ${BUDDY_SUMMARY_COLUMNS}, b.last_name AS sort_last, b.first_name AS sort_first, c.code AS cluster_code
          FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
          ${stageFactsJoin(`$${n + 2}::date`)}
         WHERE ${buddyMatchesSql(`$${n + 1}`)}) r
      WHERE ${filter.where}
      ORDER BY r.sort_last, r.sort_first, r."prisonNumber"
      LIMIT ${PICKER_LIMIT}`,
    [...filter.params, searchPatternOf(filter.search), filter.today],
  );
  const items = rows.map((row) => {
    const item: Partial<typeof row> & { sort_last?: string; sort_first?: string; cluster_code?: string } = { ...row };
    delete item.total;
    delete item.sort_last;
    delete item.sort_first;
    delete item.cluster_code;
    return item as BuddySummary;
  });
  return { items, total: rows[0]?.total ?? 0, page: 1, pageSize: PICKER_LIMIT };
}

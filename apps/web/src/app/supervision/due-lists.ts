import type { SupervisionDueQuery, SupervisionState } from '@peerpath/contracts';
import { LIST_PAGE_SIZE } from '@peerpath/web/platform/list-query';

/** The two lists on the page: each is its own paged request, its page in its own address parameter. */
export type DueListState = Extract<SupervisionState, 'overdue' | 'due_soon'>;

/** GET /api/supervision/due for one list: soonest due first (the API's order), one page of it. */
export function dueListRequest(prison: string | null, state: DueListState, page: number, pageSize = LIST_PAGE_SIZE): SupervisionDueQuery {
  return { ...(prison ? { prison } : {}), state, page, pageSize };
}

/** A prison code from the address, or null for "all your prisons". */
export function prisonFilterOf(query: string | undefined): string | null {
  const code = (query ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

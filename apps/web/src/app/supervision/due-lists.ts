import type { SupervisionDueItem } from '@peerpath/contracts';

export interface DueLists {
  overdue: SupervisionDueItem[];
  dueSoon: SupervisionDueItem[];
}

/** Splits the API's list: most overdue first, then those due soonest this week. */
export function dueLists(items: readonly SupervisionDueItem[]): DueLists {
  const dueOn = (item: SupervisionDueItem) => item.status.nextDueOn ?? '';
  const byDue = (a: SupervisionDueItem, b: SupervisionDueItem) => dueOn(a).localeCompare(dueOn(b)) || a.lastName.localeCompare(b.lastName);
  return {
    overdue: items.filter((i) => i.status.state === 'overdue').sort(byDue),
    dueSoon: items.filter((i) => i.status.state === 'due_soon').sort(byDue),
  };
}

/** A prison code from the address, or null for "all your prisons". */
export function prisonFilterOf(query: string | undefined): string | null {
  const code = (query ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

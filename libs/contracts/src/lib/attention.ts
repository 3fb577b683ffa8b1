/** "Who needs attention today?": the lists on a coordinator's and a trainer's home page. */

export type AttentionRole = 'coordinator' | 'trainer';

export type AttentionListKey =
  | 'supervision-overdue'
  | 'supervision-due'
  | 'certificates-expiring'
  | 'allocations-attention'
  | 'concerns-open'
  | 'applicants-waiting'
  | 'recipients-waiting'
  | 'outcome-reviews-due'
  | 'sessions-today'
  | 'registers-not-taken'
  | 'criteria-not-yet-met';

/** One list in brief: how many, how long the longest has waited, and where the full list is. */
export interface AttentionSection {
  key: AttentionListKey;
  role: AttentionRole;
  title: string;
  count: number;
  /** Days the longest-waiting item has waited (or is overdue); null for lists of what is coming up. */
  oldestDays: number | null;
  /** The web page of the full list. */
  href: string;
}

/** Every list for the caller's roles (coordinator: their prisons; trainer: their cohorts). */
export interface AttentionSummary {
  sections: AttentionSection[];
  /** How many items in all: the count beside Home in the navigation. */
  total: number;
}

/** One person or session on a list, linking to where it is dealt with. */
export interface AttentionItem {
  id: string;
  /** Who: a buddy, a recipient, or for a session the cohort. */
  name: string;
  prisonNumber: string | null;
  prisonCode: string;
  /** What needs doing, in words: "Supervision overdue by 12 days". */
  what: string;
  /** The date it is measured from: waiting since, due on, expires on, held on (YYYY-MM-DD). */
  date: string | null;
  /** Days waited or overdue, or days left for what is coming up. */
  days: number | null;
  /** The web page where it is dealt with, and the words of that link. */
  href: string;
  action: string;
}

export interface AttentionListQuery {
  page?: number;
}

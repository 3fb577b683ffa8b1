import type { ConcernKind, ConcernStatus, ConcernView, RaiseConcernRequest } from '@peerpath/contracts';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import type { Tag } from '@peerpath/web/govuk/tag';
import type { ConcernFilters } from '@peerpath/web/concerns/concerns.api';

export const KIND_TEXT: Record<ConcernKind, string> = {
  safeguarding: 'Safeguarding',
  boundary: 'Boundary',
};

export const KIND_HINTS: Record<ConcernKind, string> = {
  safeguarding: 'Someone may be at risk of harm, abuse or exploitation, including the buddy',
  boundary: 'A buddy may be doing more than the role allows, such as intimate care, or being asked to',
};

export const CONCERN_STATUS_TAGS: Record<ConcernStatus, Tag> = {
  open: { text: 'Open', colour: 'govuk-tag--orange' },
  resolved: { text: 'Resolved', colour: 'govuk-tag--green' },
};

/** Open concerns first, newest first within each. */
export function sortConcerns(concerns: readonly ConcernView[]): ConcernView[] {
  return [...concerns].sort((a, b) => (a.status === b.status ? b.raisedAt.localeCompare(a.raisedAt) : a.status === 'open' ? -1 : 1));
}

/** The list's filters from the address: unknown values mean "any". */
export function concernFiltersOf(query: { status?: string; prison?: string }): ConcernFilters {
  const status = query.status === 'open' || query.status === 'resolved' ? query.status : null;
  const prison = (query.prison ?? '').trim().toUpperCase();
  return { status, prison: /^[A-Z]{3}$/.test(prison) ? prison : null };
}

export const DESCRIPTION_MAX = 4000;

export interface ConcernSubject {
  kind: 'buddy' | 'recipient';
  id: string;
}

/** Who the concern is about, from /concerns/new?buddy=… or ?recipient=…; exactly one. */
export function concernSubjectOf(query: { buddy?: string; recipient?: string }): ConcernSubject | null {
  if (query.buddy && !query.recipient) return { kind: 'buddy', id: query.buddy };
  if (query.recipient && !query.buddy) return { kind: 'recipient', id: query.recipient };
  return null;
}

export function concernRequestOf(
  subject: ConcernSubject,
  value: { kind: ConcernKind | ''; description: string },
): { request: RaiseConcernRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  const description = value.description.trim();
  if (!value.kind) errors.push({ field: 'kind-safeguarding', text: 'Select whether this is a safeguarding or a boundary concern' });
  if (!description) errors.push({ field: 'description', text: 'Describe the concern' });
  else if (description.length > DESCRIPTION_MAX) errors.push({ field: 'description', text: `The description must be ${DESCRIPTION_MAX} characters or fewer` });
  if (errors.length > 0 || !value.kind) return { errors };
  const about = subject.kind === 'buddy' ? { buddyId: subject.id } : { recipientId: subject.id };
  return { request: { ...about, kind: value.kind, description } };
}

/** Where the API's field errors for a concern belong on the raise form. */
export function concernFieldId(path: string): string | null {
  if (path === 'kind') return 'kind-safeguarding';
  if (path === 'description') return 'description';
  return null;
}

export function outcomeOf(typed: string): { outcome: string; errors?: never } | { outcome?: never; errors: SummaryError[] } {
  const outcome = typed.trim();
  if (!outcome) return { errors: [{ field: 'outcome', text: 'Enter the outcome of the review' }] };
  if (outcome.length > DESCRIPTION_MAX) return { errors: [{ field: 'outcome', text: `The outcome must be ${DESCRIPTION_MAX} characters or fewer` }] };
  return { outcome };
}

import type { Params } from '@angular/router';
import type { ConcernKind, ConcernListQuery, ConcernSort, ConcernStatus, RaiseConcernRequest } from '@peerpath/contracts';
import { CONCERN_SORTS } from '@peerpath/domain';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import type { Tag } from '@peerpath/web/govuk/tag';
import { LIST_PAGE_SIZE, oneOf, pageOf, prisonCodeOf, type QueryValue, sortParams, type SortState, sortStateOf } from '@peerpath/web/platform/list-query';

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

/** Open concerns first, newest first within each: the API's order when asked nothing. */
export const CONCERNS_DEFAULT_SORT: SortState<ConcernSort> = { sort: 'status', order: 'asc' };

export interface ConcernFilters extends SortState<ConcernSort> {
  status: ConcernStatus | '';
  kind: ConcernKind | '';
  /** A prison code, or '' for every prison in scope. */
  prison: string;
  page: number;
}

/** The list's filters from the address: unknown values mean "any". */
export function concernFiltersOf(query: { status?: QueryValue; kind?: QueryValue; prison?: QueryValue; sort?: QueryValue; order?: QueryValue; page?: QueryValue }): ConcernFilters {
  return {
    status: oneOf(query.status, ['open', 'resolved'] as const, ''),
    kind: oneOf(query.kind, ['safeguarding', 'boundary'] as const, ''),
    prison: prisonCodeOf(query.prison),
    ...sortStateOf(query, CONCERN_SORTS, CONCERNS_DEFAULT_SORT),
    page: pageOf(query.page),
  };
}

/** GET /api/concerns for these filters, leaving out what is not set. */
export function concernListRequest(filters: ConcernFilters, pageSize = LIST_PAGE_SIZE): ConcernListQuery {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.prison ? { prison: filters.prison } : {}),
    ...sortParams(filters, CONCERNS_DEFAULT_SORT),
    page: filters.page,
    pageSize,
  };
}

/** The address after the filter form is submitted: empty filters disappear, the sort stays, back to page 1. */
export function concernFormParams(form: { status: string; kind: string; prison: string }): Params {
  const filters = concernFiltersOf(form);
  return { status: filters.status || null, kind: filters.kind || null, prison: filters.prison || null, page: null };
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

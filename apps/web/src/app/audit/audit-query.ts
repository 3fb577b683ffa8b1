import type { Params } from '@angular/router';
import { API, type AuditChange, type AuditTrailPage, type AuditTrailQuery } from '@peerpath/contracts';
import { AUDIT_ACTIONS, formatDate, prisonTime, prisonToday, UUID_PATTERN } from '@peerpath/domain';
import { datePartsOf, isoDateOf, type DateParts } from '@peerpath/web/govuk/dates';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';
import { linkTo } from '@peerpath/web/platform/api-client';
import { LIST_PAGE_SIZE, pageOf, type QueryValue } from '@peerpath/web/platform/list-query';

/** The audit trail's filters as the address holds them; '' when not set. */
export interface AuditFilters {
  buddyId: string;
  recipientId: string;
  cohortId: string;
  actor: string;
  action: string;
  from: string;
  to: string;
  page: number;
}

const idOf = (value: QueryValue): string => (value && UUID_PATTERN.test(value) ? value.toLowerCase() : '');
const dayOf = (value: QueryValue): string => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDateOf(datePartsOf(value)) === value ? value : '');

/** The filters in the address; anything the API would refuse is dropped (the address is not a form). */
export function auditFiltersOf(query: Partial<Record<keyof AuditFilters, QueryValue>>): AuditFilters {
  const actor = (query.actor ?? '').trim();
  return {
    buddyId: idOf(query.buddyId),
    recipientId: idOf(query.recipientId),
    cohortId: idOf(query.cohortId),
    actor: actor.length <= 120 ? actor : '',
    action: query.action && query.action in AUDIT_ACTIONS ? query.action : '',
    from: dayOf(query.from),
    to: dayOf(query.to),
    page: pageOf(query.page),
  };
}

/** The filters as the API's query (every page, and the CSV, ask the same), leaving out what is not set. */
export function auditTrailQuery(filters: AuditFilters): AuditTrailQuery {
  const { page, ...rest } = filters;
  const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== '')) as AuditTrailQuery;
  return { ...set, page, pageSize: LIST_PAGE_SIZE };
}

/** The CSV download with the same filters, every page of them. */
export function auditCsvHref(filters: AuditFilters): string {
  const { page: _page, pageSize: _size, ...query } = auditTrailQuery(filters);
  const search = new URLSearchParams(query as Record<string, string>).toString();
  return search ? `${linkTo(API.auditTrailCsv)}?${search}` : linkTo(API.auditTrailCsv);
}

export interface AuditForm {
  action: string;
  actor: string;
  from: DateParts;
  to: DateParts;
}

const blank = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/**
 * The address after the filter form is sent (back to page 1; the buddy, recipient or cohort from
 * the link stays), or what to correct: a date that is not real, or a period that ends before it starts.
 */
export function auditFormParams(form: AuditForm): { params: Params; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  const dayFrom = (parts: DateParts, field: string, name: string): string | null => {
    if (blank(parts)) return null;
    const iso = isoDateOf(parts);
    if (!iso) errors.push({ field: `${field}-day`, text: `${name} must be a real date, like 27 3 2026` });
    return iso;
  };
  const from = dayFrom(form.from, 'from', 'The start date');
  const to = dayFrom(form.to, 'to', 'The end date');
  if (from && to && from > to) errors.push({ field: 'to-day', text: 'The end date must be the same as or after the start date' });
  return {
    params: { action: form.action || null, actor: form.actor.trim() || null, from, to, page: null },
    errors,
  };
}

/** The form's boxes for the filters in the address. */
export function auditFormOf(filters: AuditFilters): AuditForm {
  const parts = (iso: string): DateParts => (iso ? datePartsOf(iso) : { day: '', month: '', year: '' });
  return { action: filters.action, actor: filters.actor, from: parts(filters.from), to: parts(filters.to) };
}

/** "2 July 2026 at 00:30": the moment as the prison's clock showed it. */
export function whenText(instant: string): string {
  const at = new Date(instant);
  return `${formatDate(prisonToday(at))} at ${prisonTime(at)}`;
}

/** One change as a sentence: "changed from 5 to 8", "set to 8", "cleared (was 5)". */
export function changeText(change: AuditChange): string {
  if (change.before === null) return change.after === null ? 'not set' : change.after;
  if (change.after === null) return `cleared (was ${change.before})`;
  return `changed from ${change.before} to ${change.after}`;
}

/** Where the subject of an event lives in the app, when it has a page. */
export function subjectLink(subjectType: string, subjectId: string): string[] | null {
  if (!UUID_PATTERN.test(subjectId)) return null;
  const base: Record<string, string> = { buddy: '/buddies', recipient: '/recipients', cohort: '/cohorts' };
  return base[subjectType] ? [base[subjectType], subjectId] : null;
}

/** How many changes match, in words: "1 change", "40 changes", "more than 10,000 changes" (the trail stops counting there). */
export function changesText(result: Pick<AuditTrailPage, 'total' | 'totalIsCapped'>): string {
  const count = result.total.toLocaleString('en-GB');
  if (result.totalIsCapped) return `more than ${count} changes`;
  return result.total === 1 ? '1 change' : `${count} changes`;
}

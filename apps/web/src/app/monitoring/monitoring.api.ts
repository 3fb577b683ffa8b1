import { Signal } from '@angular/core';
import { API, type MonitoringQuery, urlOf } from '@peerpath/contracts';
import { apiResource } from '@peerpath/web/platform/api-client';

/** The query as the address gives it: only what is set, so the API chooses the rest (broadest scope, last 12 months). */
export function monitoringQueryOf(scope?: string | null, from?: string | null, to?: string | null): MonitoringQuery {
  const query: MonitoringQuery = {};
  if (scope) query.scope = scope;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** "?scope=cluster%3Adevon&from=…", or nothing when the query is empty. */
function queryString(query: MonitoringQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The scheme summary PDF for the same scope and period as the page. */
export function summaryPdfUrl(query: MonitoringQuery): string {
  return urlOf(API.monitoringSummaryPdf, {}) + queryString(query);
}

/** One table's CSV (a table's key, or `comparison`) for the same scope and period as the page. */
export function tableCsvUrl(tableKey: string, query: MonitoringQuery): string {
  return urlOf(API.monitoringCsv, { tableKey }) + queryString(query);
}

/** The dashboard for the query in the address. */
export function monitoringResource(query: Signal<MonitoringQuery>) {
  return apiResource(API.monitoring, () => ({ query: query() }));
}

import type { Signal } from '@angular/core';
import { API, type AuditTrailQuery } from '@peerpath/contracts';
import { apiResource } from '@peerpath/web/platform/api-client';

/** A page of the audit trail in the caller's scope. */
export function auditTrailResource(query: Signal<AuditTrailQuery>) {
  return apiResource(API.auditTrail, () => ({ query: query() }));
}

/** The kinds of change the filter offers. */
export function auditActionsResource() {
  return apiResource(API.auditActions, () => ({}), { defaultValue: [] });
}

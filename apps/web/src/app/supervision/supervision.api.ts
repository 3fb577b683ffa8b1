import { inject, Injectable, Signal } from '@angular/core';
import { API, type RecordSupervisionRequest, type SupervisionDueQuery } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** A page of the buddies overdue, or due within the week, in the caller's prisons (or one of them). */
export function supervisionDueResource(query: Signal<SupervisionDueQuery>) {
  return apiResource(API.supervisionDue, () => ({ query: query() }));
}

/** A buddy's supervisions; only asked for when `wanted` holds (normally: the buddy loaded). */
export function supervisionResource(id: Signal<string>, wanted: Signal<boolean>) {
  return apiResource(API.buddySupervision, () => (wanted() ? { params: { buddyId: id() } } : undefined));
}

/** The write. It rejects with the HttpErrorResponse; the page shows its ApiError. */
@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly api = inject(ApiClient);

  recordSupervision(buddyId: string, request: RecordSupervisionRequest) {
    return this.api.send(API.recordSupervision, { params: { buddyId }, body: request });
  }
}

import { inject, Injectable, Signal } from '@angular/core';
import { API, type ConcernListQuery, type RaiseConcernRequest } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** A page of concerns in the caller's prisons, as the list's filters and sort ask. */
export function concernsResource(query: Signal<ConcernListQuery>) {
  return apiResource(API.concerns, () => ({ query: query() }));
}

export function concernResource(id: Signal<string>) {
  return apiResource(API.concern, () => ({ params: { concernId: id() } }));
}

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class ConcernsApi {
  private readonly api = inject(ApiClient);

  raise(request: RaiseConcernRequest) {
    return this.api.send(API.raiseConcern, { body: request });
  }

  /** Suspends the buddy's certificate while the concern is reviewed; the API words the reason. */
  suspendCertificate(concernId: string) {
    return this.api.send(API.suspendForConcern, { params: { concernId }, body: {} });
  }

  resolve(concernId: string, outcome: string) {
    return this.api.send(API.resolveConcern, { params: { concernId }, body: { outcome } });
  }
}

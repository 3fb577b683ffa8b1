import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { ConcernStatus, ConcernView, RaiseConcernRequest } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

export interface ConcernFilters {
  status: ConcernStatus | null;
  prison: string | null;
}

/** GET /api/concerns: concerns in the caller's prisons; the API lists open ones first. */
export function concernsResource(filters: Signal<ConcernFilters>) {
  return httpResource<ConcernView[]>(() => {
    const { status, prison } = filters();
    const params: Record<string, string> = {};
    if (status) params['status'] = status;
    if (prison) params['prison'] = prison;
    return { url: '/api/concerns', params };
  });
}

export function concernResource(id: Signal<string>) {
  return httpResource<ConcernView>(() => `/api/concerns/${encodeURIComponent(id())}`);
}

const concernUrl = (id: string) => `/api/concerns/${encodeURIComponent(id)}`;

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class ConcernsApi {
  private readonly http = inject(HttpClient);

  raise(request: RaiseConcernRequest): Promise<ConcernView> {
    return firstValueFrom(this.http.post<ConcernView>('/api/concerns', request));
  }

  /** Suspends the buddy's certificate while the concern is reviewed; the API words the reason. */
  suspendCertificate(concernId: string): Promise<ConcernView> {
    return firstValueFrom(this.http.post<ConcernView>(`${concernUrl(concernId)}/certificate-suspension`, {}));
  }

  resolve(concernId: string, outcome: string): Promise<ConcernView> {
    return firstValueFrom(this.http.post<ConcernView>(`${concernUrl(concernId)}/resolution`, { outcome }));
  }
}

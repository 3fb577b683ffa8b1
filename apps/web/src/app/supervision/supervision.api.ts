import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { BuddySupervision, RecordSupervisionRequest, SupervisionDueItem, SupervisionView } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/** GET /api/supervision/due: buddies overdue or due within the week, in the caller's prisons (or one of them). */
export function supervisionDueResource(prison: Signal<string | null>) {
  return httpResource<SupervisionDueItem[]>(() => {
    const code = prison();
    const params: Record<string, string> = code ? { prison: code } : {};
    return { url: '/api/supervision/due', params };
  });
}

/** GET /api/buddies/:id/supervisions; only asked for when `wanted` holds (normally: the buddy loaded). */
export function supervisionResource(id: Signal<string>, wanted: Signal<boolean>) {
  return httpResource<BuddySupervision>(() => (wanted() ? `/api/buddies/${encodeURIComponent(id())}/supervisions` : undefined));
}

/** The write. It rejects with the HttpErrorResponse; the page shows its ApiError. */
@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly http = inject(HttpClient);

  recordSupervision(buddyId: string, request: RecordSupervisionRequest): Promise<SupervisionView> {
    return firstValueFrom(this.http.post<SupervisionView>(`/api/buddies/${encodeURIComponent(buddyId)}/supervisions`, request));
  }
}

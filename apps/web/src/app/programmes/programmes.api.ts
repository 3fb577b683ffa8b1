import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { ProgrammeSummary, ProgrammeVersionDetail, SaveDraftRequest } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/** GET /api/programmes: every programme with its versions, newest first. */
export function programmesResource() {
  return httpResource<ProgrammeSummary[]>(() => '/api/programmes', { defaultValue: [] });
}

export function programmeVersionResource(id: Signal<string>) {
  return httpResource<ProgrammeVersionDetail>(() => `/api/programmes/versions/${encodeURIComponent(id())}`);
}

/** Admins' changes to programmes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly http = inject(HttpClient);

  startDraft(programmeId: string, label: string): Promise<ProgrammeVersionDetail> {
    return firstValueFrom(this.http.post<ProgrammeVersionDetail>(`/api/programmes/${encodeURIComponent(programmeId)}/drafts`, { label }));
  }

  saveDraft(versionId: string, request: SaveDraftRequest): Promise<ProgrammeVersionDetail> {
    return firstValueFrom(this.http.put<ProgrammeVersionDetail>(`/api/programmes/versions/${encodeURIComponent(versionId)}/content`, request));
  }

  publish(versionId: string, expectedVersion: number): Promise<ProgrammeVersionDetail> {
    return firstValueFrom(
      this.http.post<ProgrammeVersionDetail>(`/api/programmes/versions/${encodeURIComponent(versionId)}/publish`, { expectedVersion }),
    );
  }
}

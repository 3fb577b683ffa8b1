import { inject, Injectable, Signal } from '@angular/core';
import { API, type SaveDraftRequest } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** Every programme with its versions, newest first. */
export function programmesResource() {
  return apiResource(API.programmes, () => ({}), { defaultValue: [] });
}

export function programmeVersionResource(id: Signal<string>) {
  return apiResource(API.programmeVersion, () => ({ params: { versionId: id() } }));
}

/** Admins' changes to programmes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly api = inject(ApiClient);

  startDraft(programmeId: string, label: string) {
    return this.api.send(API.startDraft, { params: { programmeId }, body: { label } });
  }

  saveDraft(versionId: string, request: SaveDraftRequest) {
    return this.api.send(API.saveDraft, { params: { versionId }, body: request });
  }

  publish(versionId: string, expectedVersion: number) {
    return this.api.send(API.publishVersion, { params: { versionId }, body: { expectedVersion } });
  }
}

import { inject, Injectable, Signal } from '@angular/core';
import { API, type SaveDraftRequest, type SaveModuleRequest } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** Every programme with its versions, newest first. */
export function programmesResource() {
  return apiResource(API.programmes, () => ({}), { defaultValue: [] });
}

/** One version with its whole content; nothing is fetched while the id is empty. */
export function programmeVersionResource(id: Signal<string>) {
  return apiResource(API.programmeVersion, () => (id() ? { params: { versionId: id() } } : undefined));
}

/** Admins' changes to programmes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly api = inject(ApiClient);

  startDraft(programmeId: string, label: string) {
    return this.api.send(API.startDraft, { params: { programmeId }, body: { label } });
  }

  /** Saves one module of a draft; a number one past the last adds a module. */
  saveModule(versionId: string, moduleNumber: number, request: SaveModuleRequest) {
    return this.api.send(API.saveModule, { params: { versionId, moduleNumber: String(moduleNumber) }, body: request });
  }

  /** Saves the whole draft: how modules are removed or reordered from the contents page. */
  saveDraft(versionId: string, request: SaveDraftRequest) {
    return this.api.send(API.saveDraft, { params: { versionId }, body: request });
  }

  publish(versionId: string, expectedVersion: number) {
    return this.api.send(API.publishVersion, { params: { versionId }, body: { expectedVersion } });
  }
}

import { inject, Injectable, Signal } from '@angular/core';
import { API, type UpdatePolicyRequest } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

export function policyResource(code: Signal<string>) {
  return apiResource(API.prisonPolicy, () => ({ params: { prisonCode: code() } }));
}

@Injectable({ providedIn: 'root' })
export class PolicyApi {
  private readonly api = inject(ApiClient);

  /** Rejects with 409 STALE_VERSION when someone else saved since `expectedVersion`. */
  update(code: string, request: UpdatePolicyRequest) {
    return this.api.send(API.updatePrisonPolicy, { params: { prisonCode: code }, body: request });
  }
}

import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { PrisonPolicyView, UpdatePolicyRequest } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

const policyUrl = (code: string) => `/api/prisons/${encodeURIComponent(code)}/policy`;

export function policyResource(code: Signal<string>) {
  return httpResource<PrisonPolicyView>(() => policyUrl(code()));
}

@Injectable({ providedIn: 'root' })
export class PolicyApi {
  private readonly http = inject(HttpClient);

  /** Rejects with 409 STALE_VERSION when someone else saved since `expectedVersion`. */
  update(code: string, request: UpdatePolicyRequest): Promise<PrisonPolicyView> {
    return firstValueFrom(this.http.put<PrisonPolicyView>(policyUrl(code), request));
  }
}

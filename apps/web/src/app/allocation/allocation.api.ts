import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type {
  AllocationGateCode,
  AllocationNeedingAttention,
  AllocationRequest,
  AllocationView,
  BuddySummary,
  CreateRecipientRequest,
  EndAllocationRequest,
  Page,
  RecipientSummary,
  RuleOutcome,
} from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/** `?prison=EXI` when a prison is chosen; every prison in scope otherwise. */
const prisonParams = (prison: string): Record<string, string> => (prison ? { prison } : {});

/** GET /api/recipients: the register, waiting for support first (the API's order). */
export function recipientsResource(prison: Signal<string>) {
  return httpResource<RecipientSummary[]>(() => ({ url: '/api/recipients', params: prisonParams(prison()) }));
}

export function recipientResource(id: Signal<string>) {
  return httpResource<RecipientSummary>(() => `/api/recipients/${encodeURIComponent(id())}`);
}

/** GET /api/allocations: active allocations; nothing is asked while `wanted` is false. */
export function allocationsResource(prison: Signal<string>, wanted?: Signal<boolean>) {
  return httpResource<AllocationView[]>(() => (wanted?.() === false ? undefined : { url: '/api/allocations', params: prisonParams(prison()) }));
}

/** GET /api/buddies/:id/allocations: one buddy's allocations; only asked for when `wanted` holds. */
export function buddyAllocationsResource(id: Signal<string>, wanted: Signal<boolean>) {
  return httpResource<AllocationView[]>(() => (wanted() ? `/api/buddies/${encodeURIComponent(id())}/allocations` : undefined));
}

/** GET /api/allocations/needing-attention: active allocations whose buddy's certificate is no longer valid. */
export function allocationsNeedingAttentionResource(prison: Signal<string>) {
  return httpResource<AllocationNeedingAttention[]>(() => ({ url: '/api/allocations/needing-attention', params: prisonParams(prison()) }));
}

/**
 * The buddy register, to choose a buddy from: one page of the largest size the API allows, at
 * one prison when `prison` is set. The register's `stage` filter is one journey stage each
 * (approved, in training, certified…), so the form filters the selected ones itself.
 */
export function buddiesToAllocateResource(prison: Signal<string>) {
  return httpResource<Page<BuddySummary>>(() => ({ url: '/api/buddies', params: { ...prisonParams(prison()), pageSize: 100 } }));
}

/**
 * POST /api/allocations/check: the gate's answer for a request, written nowhere. A POST, but a
 * read: asked again whenever `request` changes, not asked while it is undefined.
 */
export function allocationCheckResource(request: Signal<AllocationRequest | undefined>) {
  return httpResource<RuleOutcome<AllocationGateCode>>(() => {
    const body = request();
    return body ? { url: '/api/allocations/check', method: 'POST', body } : undefined;
  });
}

/** The writes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class AllocationApi {
  private readonly http = inject(HttpClient);

  addRecipient(request: CreateRecipientRequest): Promise<RecipientSummary> {
    return firstValueFrom(this.http.post<RecipientSummary>('/api/recipients', request));
  }

  allocate(request: AllocationRequest): Promise<AllocationView> {
    return firstValueFrom(this.http.post<AllocationView>('/api/allocations', request));
  }

  end(allocationId: string, request: EndAllocationRequest): Promise<AllocationView> {
    return firstValueFrom(this.http.post<AllocationView>(`/api/allocations/${encodeURIComponent(allocationId)}/end`, request));
  }
}

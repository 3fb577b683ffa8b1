import { inject, Injectable, Signal } from '@angular/core';
import { API, type AllocationRequest, type CreateRecipientRequest, type EndAllocationRequest, type PrisonFilter } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** `?prison=EXI` when a prison is chosen; every prison in scope otherwise. */
const prisonFilter = (prison: string): PrisonFilter => (prison ? { prison } : {});

/** The register, waiting for support first (the API's order). */
export function recipientsResource(prison: Signal<string>) {
  return apiResource(API.recipients, () => ({ query: prisonFilter(prison()) }));
}

/** One recipient; nothing is asked while `id` is undefined. */
export function recipientResource(id: () => string | undefined) {
  return apiResource(API.recipient, () => {
    const recipientId = id();
    return recipientId ? { params: { recipientId } } : undefined;
  });
}

/** Active allocations; nothing is asked while `wanted` is false. */
export function allocationsResource(prison: Signal<string>, wanted?: Signal<boolean>) {
  return apiResource(API.allocations, () => (wanted?.() === false ? undefined : { query: prisonFilter(prison()) }));
}

/** One buddy's allocations; only asked for when `wanted` holds. */
export function buddyAllocationsResource(id: Signal<string>, wanted: Signal<boolean>) {
  return apiResource(API.buddyAllocations, () => (wanted() ? { params: { buddyId: id() } } : undefined));
}

/** Active allocations whose buddy's certificate is no longer valid. */
export function allocationsNeedingAttentionResource(prison: Signal<string>) {
  return apiResource(API.allocationsNeedingAttention, () => ({ query: prisonFilter(prison()) }));
}

/**
 * The buddy register, to choose a buddy from: one page of the largest size the API allows, at
 * one prison when `prison` is set. The register's `stage` filter is one journey stage each
 * (approved, in training, certified…), so the form filters the selected ones itself.
 */
export function buddiesToAllocateResource(prison: Signal<string>) {
  return apiResource(API.buddyRegister, () => ({ query: { ...prisonFilter(prison()), pageSize: 100 } }));
}

/**
 * The gate's answer for a request, written nowhere. A POST, but a read: asked again whenever
 * `request` changes, not asked while it is undefined.
 */
export function allocationCheckResource(request: Signal<AllocationRequest | undefined>) {
  return apiResource(API.checkAllocation, () => {
    const body = request();
    return body ? { body } : undefined;
  });
}

/** The writes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class AllocationApi {
  private readonly api = inject(ApiClient);

  addRecipient(request: CreateRecipientRequest) {
    return this.api.send(API.addRecipient, { body: request });
  }

  allocate(request: AllocationRequest) {
    return this.api.send(API.allocate, { body: request });
  }

  end(allocationId: string, request: EndAllocationRequest) {
    return this.api.send(API.endAllocation, { params: { allocationId }, body: request });
  }
}

import { inject, Injectable, Signal } from '@angular/core';
import { API, type AllocationListQuery, type AllocationRequest, type CreateRecipientRequest, type EndAllocationRequest, type PrisonFilter, type RecipientListQuery } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';
import { LIST_PAGE_SIZE } from '@peerpath/web/platform/list-query';

/** `?prison=EXI` when a prison is chosen; every prison in scope otherwise. */
const prisonFilter = (prison: string): PrisonFilter => (prison ? { prison } : {});

/** A page of the recipient register, as the list page's filters and sort ask. */
export function recipientsResource(query: Signal<RecipientListQuery>) {
  return apiResource(API.recipients, () => ({ query: query() }));
}

/**
 * The people the allocation form offers: the API's largest page, waiting longest first. A
 * prison with more than 100 people on its register would need a search here, as buddies have.
 */
export function recipientChoicesResource(prison: Signal<string>) {
  return apiResource(API.recipients, () => ({ query: { ...prisonFilter(prison()), pageSize: 100 } }));
}

/** One recipient; nothing is asked while `id` is undefined. */
export function recipientResource(id: () => string | undefined) {
  return apiResource(API.recipient, () => {
    const recipientId = id();
    return recipientId ? { params: { recipientId } } : undefined;
  });
}

/** A page of allocations, as the list page's filters and sort ask. */
export function allocationsResource(query: Signal<AllocationListQuery>) {
  return apiResource(API.allocations, () => ({ query: query() }));
}

/** One recipient's active allocations (a person has a handful at most). */
export function recipientAllocationsResource(recipientId: Signal<string>) {
  return apiResource(API.allocations, () => ({ query: { recipientId: recipientId(), pageSize: 100 } }));
}

/** One allocation, active or ended. */
export function allocationResource(id: Signal<string>) {
  return apiResource(API.allocation, () => ({ params: { allocationId: id() } }));
}

/** One buddy's allocations; only asked for when `wanted` holds. */
export function buddyAllocationsResource(id: Signal<string>, wanted: Signal<boolean>) {
  return apiResource(API.buddyAllocations, () => (wanted() ? { params: { buddyId: id() } } : undefined));
}

/** A page of the active allocations whose buddy's certificate is no longer valid. */
export function allocationsNeedingAttentionResource(prison: Signal<string>, page: Signal<number>) {
  return apiResource(API.allocationsNeedingAttention, () => ({ query: { ...prisonFilter(prison()), page: page(), pageSize: LIST_PAGE_SIZE } }));
}

/**
 * Certified buddies where the user allocates, matching what was typed: searched on the server,
 * so nobody is missed at a prison with more records than one page.
 */
export function allocatableBuddiesResource(search: Signal<string>, prison: Signal<string>) {
  return apiResource(API.allocatableBuddies, () => ({ query: { ...prisonFilter(prison()), ...(search() ? { search: search() } : {}) } }));
}

/** One buddy, e.g. the one named in the address; nothing is asked while `id` is undefined. */
export function buddyToAllocateResource(id: () => string | undefined) {
  return apiResource(API.buddy, () => {
    const buddyId = id();
    return buddyId ? { params: { buddyId } } : undefined;
  });
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

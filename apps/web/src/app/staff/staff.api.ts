import { inject, Injectable, Signal } from '@angular/core';
import { API, type CreateStaffAccountRequest, type RoleAssignmentRequest, type StaffListQuery } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

export const STAFF_PAGE_SIZE = 25;

/** One page of staff accounts (admin only); the first page of active accounts unless a query is given. */
export function staffAccountsResource(query: Signal<StaffListQuery> | null = null) {
  return apiResource(API.staff, () => ({ query: query?.() ?? {} }), { defaultValue: { items: [], total: 0, page: 1, pageSize: STAFF_PAGE_SIZE } });
}

/** One staff account. */
export function staffAccountResource(userId: Signal<string>) {
  return apiResource(API.staffAccount, () => ({ params: { userId: userId() } }));
}

/** The admin's changes to staff accounts. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly api = inject(ApiClient);

  create(request: CreateStaffAccountRequest) {
    return this.api.send(API.createStaffAccount, { body: request });
  }

  setRoles(userId: string, roles: RoleAssignmentRequest[]) {
    return this.api.send(API.setStaffRoles, { params: { userId }, body: { roles } });
  }

  unlock(userId: string) {
    return this.api.send(API.unlockStaffAccount, { params: { userId } });
  }

  /** A new temporary password, in the answer only. */
  resetPassword(userId: string) {
    return this.api.send(API.resetStaffPassword, { params: { userId } });
  }

  deactivate(userId: string) {
    return this.api.send(API.deactivateStaffAccount, { params: { userId } });
  }
}

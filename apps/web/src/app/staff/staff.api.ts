import { httpResource } from '@angular/common/http';
import type { StaffAccount } from '@peerpath/contracts';

/** GET /api/staff (admin only), as a resource for the component that calls it. */
export function staffAccountsResource() {
  return httpResource<StaffAccount[]>(() => '/api/staff', { defaultValue: [] });
}

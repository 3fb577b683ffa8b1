import { API } from '@peerpath/contracts';
import { apiResource } from '@peerpath/web/platform/api-client';

/** Staff accounts (admin only), as a resource for the component that calls it. */
export function staffAccountsResource() {
  return apiResource(API.staff, () => ({}), { defaultValue: [] });
}

import { API } from '@peerpath/contracts';
import { apiResource } from '@peerpath/web/platform/api-client';

/** The prisons within the caller's scope (the API decides the scope). */
export function prisonsResource() {
  return apiResource(API.prisons, () => ({}), { defaultValue: [] });
}

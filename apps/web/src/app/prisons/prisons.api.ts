import { httpResource } from '@angular/common/http';
import type { PrisonSummary } from '@peerpath/contracts';

/** GET /api/prisons: the prisons within the caller's scope (the API decides the scope). */
export function prisonsResource() {
  return httpResource<PrisonSummary[]>(() => '/api/prisons', { defaultValue: [] });
}

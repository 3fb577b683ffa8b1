import { httpResource } from '@angular/common/http';
import { Signal } from '@angular/core';
import type { SupervisionDueItem } from '@peerpath/contracts';

/** GET /api/supervision/due: buddies overdue or due within the week, in the caller's prisons (or one of them). */
export function supervisionDueResource(prison: Signal<string | null>) {
  return httpResource<SupervisionDueItem[]>(() => {
    const code = prison();
    const params: Record<string, string> = code ? { prison: code } : {};
    return { url: '/api/supervision/due', params };
  });
}

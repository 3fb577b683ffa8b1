import { httpResource } from '@angular/common/http';
import type { MySummary } from '@peerpath/contracts';

/** GET /api/me/summary: the signed-in buddy's own record, and nothing else (the API answers only about them). */
export function mySummaryResource() {
  return httpResource<MySummary>(() => '/api/me/summary');
}

/** The same summary as one printable page. */
export const MY_SUMMARY_PDF = '/api/me/summary.pdf';

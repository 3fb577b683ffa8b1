import { API } from '@peerpath/contracts';
import { apiResource, linkTo } from '@peerpath/web/platform/api-client';

/** The signed-in buddy's own record, and nothing else (the API answers only about them). */
export function mySummaryResource() {
  return apiResource(API.mySummary, () => ({}));
}

/** The same summary as one printable page. */
export const MY_SUMMARY_PDF = linkTo(API.mySummaryPdf);

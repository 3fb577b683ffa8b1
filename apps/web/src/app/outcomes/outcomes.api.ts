import { inject, Injectable, Signal } from '@angular/core';
import { API, type RecordOutcomeReviewRequest } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** One recipient's outcome reviews, newest first, and when the next is due. */
export function outcomeReviewsResource(recipientId: Signal<string>) {
  return apiResource(API.outcomeReviews, () => ({ params: { recipientId: recipientId() } }));
}

/** The write. It rejects with the HttpErrorResponse; the page shows its ApiError. */
@Injectable({ providedIn: 'root' })
export class OutcomesApi {
  private readonly api = inject(ApiClient);

  recordOutcomeReview(recipientId: string, request: RecordOutcomeReviewRequest) {
    return this.api.send(API.recordOutcomeReview, { params: { recipientId }, body: request });
  }
}

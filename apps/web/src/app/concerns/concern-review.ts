import type { CertificateView, ConcernView } from '@peerpath/contracts';

/** What the review page offers on a concern. */
export interface ConcernReviewActions {
  /** "Suspend certificate pending review": an open concern about a buddy who holds a valid certificate. */
  suspend: boolean;
  /** The outcome form, which resolves the concern. */
  resolve: boolean;
}

export function concernReviewActions(concern: Pick<ConcernView, 'status' | 'subject'>, mayReview: boolean, certificates: readonly Pick<CertificateView, 'status'>[]): ConcernReviewActions {
  if (!mayReview || concern.status !== 'open') return { suspend: false, resolve: false };
  return { suspend: concern.subject === 'buddy' && certificates.some((c) => c.status === 'valid'), resolve: true };
}

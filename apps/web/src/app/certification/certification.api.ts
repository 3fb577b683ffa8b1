import { inject, Injectable, Signal } from '@angular/core';
import { API } from '@peerpath/contracts';
import type { StatusChange } from '@peerpath/domain';
import { ApiClient, apiResource, linkTo } from '@peerpath/web/platform/api-client';

/** Only asked for when `wanted` holds (normally: the buddy loaded). */
export function eligibilityResource(id: Signal<string>, wanted: Signal<boolean>) {
  return apiResource(API.eligibility, () => (wanted() ? { params: { buddyId: id() } } : undefined));
}

/** A buddy's certificates; nothing is asked while `buddyId` is undefined or `wanted` is false. */
export function certificatesResource(buddyId: () => string | undefined, wanted: Signal<boolean>) {
  return apiResource(API.buddyCertificates, () => {
    const id = buddyId();
    return id && wanted() ? { params: { buddyId: id } } : undefined;
  });
}

/** What renewing a certificate needs and what is missing. */
export function renewalResource(certificateId: Signal<string>) {
  return apiResource(API.certificateRenewal, () => ({ params: { certificateId: certificateId() } }));
}

/** The printable certificate, downloaded by the browser rather than fetched. */
export const certificatePdfUrl = (certificateId: string) => linkTo(API.certificatePdf, { certificateId });

/** Where each certificate status change is posted. */
const CHANGE_ROUTES = { suspend: API.suspendCertificate, reinstate: API.reinstateCertificate, revoke: API.revokeCertificate } as const satisfies Record<
  StatusChange,
  unknown
>;

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class CertificationApi {
  private readonly api = inject(ApiClient);

  /** Idempotent: a repeated request returns the certificate already issued. */
  issueCertificate(buddyId: string) {
    return this.api.send(API.issueCertificate, { params: { buddyId } });
  }

  /** Idempotent: renewing a certificate already renewed returns its renewal. */
  renewCertificate(certificateId: string) {
    return this.api.send(API.renewCertificate, { params: { certificateId } });
  }

  changeCertificateStatus(certificateId: string, change: StatusChange, reason: string) {
    return this.api.send(CHANGE_ROUTES[change], { params: { certificateId }, body: { reason } });
  }
}

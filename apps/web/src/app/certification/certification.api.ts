import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { CertificateView, EligibilityView } from '@peerpath/contracts';
import type { StatusChange } from '@peerpath/domain';
import { firstValueFrom } from 'rxjs';

const buddyUrl = (id: string) => `/api/buddies/${encodeURIComponent(id)}`;

/** GET /api/buddies/:id/eligibility; only asked for when `wanted` holds. */
export function eligibilityResource(id: Signal<string>, wanted: Signal<boolean>) {
  return httpResource<EligibilityView>(() => (wanted() ? `${buddyUrl(id())}/eligibility` : undefined));
}

/** GET /api/buddies/:id/certificates; only asked for when `wanted` holds. */
export function certificatesResource(id: Signal<string>, wanted: Signal<boolean>) {
  return httpResource<CertificateView[]>(() => (wanted() ? `${buddyUrl(id())}/certificates` : undefined));
}

/** Where each certificate status change is posted. */
const CHANGE_PATHS: Record<StatusChange, string> = { suspend: 'suspension', reinstate: 'reinstatement', revoke: 'revocation' };

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class CertificationApi {
  private readonly http = inject(HttpClient);

  /** Idempotent: a repeated request returns the certificate already issued. */
  issueCertificate(buddyId: string): Promise<CertificateView> {
    return firstValueFrom(this.http.post<CertificateView>(`${buddyUrl(buddyId)}/certificates`, null));
  }

  changeCertificateStatus(certificateId: string, change: StatusChange, reason: string): Promise<CertificateView> {
    return firstValueFrom(
      this.http.post<CertificateView>(`/api/certificates/${encodeURIComponent(certificateId)}/${CHANGE_PATHS[change]}`, { reason }),
    );
  }
}

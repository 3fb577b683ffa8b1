import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type {
  AllocationView,
  BuddyAccountView,
  BuddySupervision,
  CertificateView,
  DecisionView,
  EligibilityView,
  MoveOutcome,
  RenewalView,
  RecordSupervisionRequest,
  SupervisionView,
  TransferView,
} from '@peerpath/contracts';
import type { StatusChange } from '@peerpath/domain';
import { firstValueFrom } from 'rxjs';

/*
 * The coordinator's side of a buddy's record: supervision, certification, moves, the kiosk
 * account and allocations. Each read waits until `wanted` holds (normally: the buddy loaded),
 * so a missing buddy costs one request, not eight.
 */

const buddyUrl = (id: string) => `/api/buddies/${encodeURIComponent(id)}`;

function recordPart<T>(id: Signal<string>, wanted: Signal<boolean>, part: string) {
  return httpResource<T>(() => (wanted() ? `${buddyUrl(id())}/${part}` : undefined));
}

export const supervisionResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<BuddySupervision>(id, wanted, 'supervisions');
export const eligibilityResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<EligibilityView>(id, wanted, 'eligibility');
export const certificatesResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<CertificateView[]>(id, wanted, 'certificates');
export const decisionsResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<DecisionView[]>(id, wanted, 'decisions');
export const transfersResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<TransferView[]>(id, wanted, 'transfers');
export const allocationsResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<AllocationView[]>(id, wanted, 'allocations');
export const accountResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<BuddyAccountView>(id, wanted, 'account');

/** What renewing a certificate needs and what is missing; reloads when asked. */
export const renewalResource = (certificateId: Signal<string>) => httpResource<RenewalView>(() => `/api/certificates/${encodeURIComponent(certificateId())}/renewal`);

/** Where each certificate status change is posted. */
const CHANGE_PATHS: Record<StatusChange, string> = { suspend: 'suspension', reinstate: 'reinstatement', revoke: 'revocation' };

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class BuddyRecordApi {
  private readonly http = inject(HttpClient);

  recordSupervision(buddyId: string, request: RecordSupervisionRequest): Promise<SupervisionView> {
    return firstValueFrom(this.http.post<SupervisionView>(`${buddyUrl(buddyId)}/supervisions`, request));
  }

  /** Idempotent: a repeated request returns the certificate already issued. */
  issueCertificate(buddyId: string): Promise<CertificateView> {
    return firstValueFrom(this.http.post<CertificateView>(`${buddyUrl(buddyId)}/certificates`, null));
  }

  changeCertificateStatus(certificateId: string, change: StatusChange, reason: string): Promise<CertificateView> {
    return firstValueFrom(
      this.http.post<CertificateView>(`/api/certificates/${encodeURIComponent(certificateId)}/${CHANGE_PATHS[change]}`, { reason }),
    );
  }

  /** Idempotent: renewing a certificate already renewed returns its renewal. */
  renewCertificate(certificateId: string): Promise<CertificateView> {
    return firstValueFrom(this.http.post<CertificateView>(`/api/certificates/${encodeURIComponent(certificateId)}/renewal`, null));
  }

  transfer(buddyId: string, toPrisonCode: string): Promise<MoveOutcome> {
    return firstValueFrom(this.http.post<MoveOutcome>(`${buddyUrl(buddyId)}/transfer`, { toPrisonCode }));
  }

  release(buddyId: string): Promise<MoveOutcome> {
    return firstValueFrom(this.http.post<MoveOutcome>(`${buddyUrl(buddyId)}/release`, {}));
  }

  /** Sets the PIN, or resets it and unlocks the account. */
  setPin(buddyId: string, pin: string): Promise<BuddyAccountView> {
    return firstValueFrom(this.http.post<BuddyAccountView>(`${buddyUrl(buddyId)}/pin`, { pin }));
  }
}

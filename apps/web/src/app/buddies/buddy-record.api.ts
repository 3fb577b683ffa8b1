import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type { BuddyAccountView, DecisionView, MoveOutcome, TransferView } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/*
 * The rest of a buddy's record: assessment decisions, moves and the kiosk account. Each read
 * waits until `wanted` holds (normally: the buddy loaded), so a missing buddy costs one request.
 * Supervision, certification and allocations have their own features' *.api.ts.
 */

const buddyUrl = (id: string) => `/api/buddies/${encodeURIComponent(id)}`;

function recordPart<T>(id: Signal<string>, wanted: Signal<boolean>, part: string) {
  return httpResource<T>(() => (wanted() ? `${buddyUrl(id())}/${part}` : undefined));
}

export const decisionsResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<DecisionView[]>(id, wanted, 'decisions');
export const transfersResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<TransferView[]>(id, wanted, 'transfers');
export const accountResource = (id: Signal<string>, wanted: Signal<boolean>) => recordPart<BuddyAccountView>(id, wanted, 'account');

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class BuddyRecordApi {
  private readonly http = inject(HttpClient);

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

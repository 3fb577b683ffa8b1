import { inject, Injectable, Signal } from '@angular/core';
import { API } from '@peerpath/contracts';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/*
 * The rest of a buddy's record: assessment decisions, moves and the kiosk account. Each read
 * waits until `wanted` holds (normally: the buddy loaded), so a missing buddy costs one request.
 * Supervision, certification and allocations have their own features' *.api.ts.
 */

export const decisionsResource = (id: Signal<string>, wanted: Signal<boolean>) =>
  apiResource(API.buddyDecisions, () => (wanted() ? { params: { buddyId: id() } } : undefined));
export const transfersResource = (id: Signal<string>, wanted: Signal<boolean>) =>
  apiResource(API.buddyTransfers, () => (wanted() ? { params: { buddyId: id() } } : undefined));
/** The prison's scheme policy (its weekly hours cap), once the buddy's prison is known. */
export const prisonPolicyResource = (prisonCode: Signal<string | undefined>) =>
  apiResource(API.prisonPolicy, () => {
    const code = prisonCode();
    return code ? { params: { prisonCode: code } } : undefined;
  });
export const accountResource = (id: Signal<string>, wanted: Signal<boolean>) =>
  apiResource(API.buddyAccount, () => (wanted() ? { params: { buddyId: id() } } : undefined));

/** The writes. Each rejects with the HttpErrorResponse; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class BuddyRecordApi {
  private readonly api = inject(ApiClient);

  transfer(buddyId: string, toPrisonCode: string) {
    return this.api.send(API.transfer, { params: { buddyId }, body: { toPrisonCode } });
  }

  release(buddyId: string) {
    return this.api.send(API.release, { params: { buddyId }, body: {} });
  }

  /** Sets the PIN, or resets it and unlocks the account. */
  setPin(buddyId: string, pin: string) {
    return this.api.send(API.setPin, { params: { buddyId }, body: { pin } });
  }
}

import type { StatusChange } from './certification';

/*
 * What may still happen to a released buddy's record (BRIEF: on release, the record is closed
 * and kept). The record is history: nothing is added to the buddy's work, training or
 * certificates, with two exceptions that protect other people.
 */

/** Every change that can be made to a buddy's record or to what hangs from it. */
export type BuddyRecordAction =
  | 'recordSelection'
  | 'enrol'
  | 'recordSupervision'
  | 'allocate'
  | 'issueCertificate'
  | 'renewCertificate'
  | 'suspendCertificate'
  | 'reinstateCertificate'
  | 'revokeCertificate'
  | 'raiseConcern'
  | 'resolveConcern'
  | 'setPin'
  | 'transfer'
  | 'release';

/**
 * After release: a certificate may still be revoked (misconduct that comes to light later must
 * stop the certificate verifying as valid, wherever it is shown), and a concern may still be
 * raised and resolved (kept as history against the person, for the safeguarding record and if
 * they return to custody). A suspension is a pause while someone who works as a buddy is
 * reviewed: a released person does not work, so there is nothing to pause or reinstate; the
 * answer to a serious concern about them is revocation.
 */
const AFTER_RELEASE: Readonly<Record<BuddyRecordAction, boolean>> = {
  recordSelection: false,
  enrol: false,
  recordSupervision: false,
  allocate: false,
  issueCertificate: false,
  renewCertificate: false,
  suspendCertificate: false,
  reinstateCertificate: false,
  revokeCertificate: true,
  raiseConcern: true,
  resolveConcern: true,
  setPin: false,
  transfer: false,
  release: false,
};

/** May this still be done once the buddy has been released and the record closed? */
export function closedRecordAllows(action: BuddyRecordAction): boolean {
  return AFTER_RELEASE[action];
}

/** A certificate's status change as an action on the record. */
export function statusChangeAction(change: StatusChange): BuddyRecordAction {
  return change === 'suspend' ? 'suspendCertificate' : change === 'reinstate' ? 'reinstateCertificate' : 'revokeCertificate';
}

/** The refusal's words, the same in the API and on the page. */
export function closedRecordRefusal(prisonNumber: string, releasedOn: string): string {
  return `${prisonNumber} was released on ${releasedOn}: the record is closed (a certificate may still be revoked and a concern recorded)`;
}

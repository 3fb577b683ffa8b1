import type { CertificateStatus, EligibilityCode, RuleOutcome, RuleReason, StoredCertificateStatus } from '@peerpath/contracts';
import { addMonths } from './dates';

export const DEFAULT_ATTENDANCE_THRESHOLD_PERCENT = 80;
export const DEFAULT_CERTIFICATE_VALIDITY_MONTHS = 24;

/** What eligibility needs to know about a buddy, gathered by whoever asks (API or web app). */
export interface EligibilityFacts {
  selectionStatus: 'applied' | 'approved' | 'declined';
  recordClosed: boolean;
  /** The enrolment being certified: the latest for the programme; null if never enrolled. */
  training: {
    programmeTitle: string;
    incompleteModules: { number: number; title: string }[];
    attendanceRatePercent: number | null;
    supervisionsDuringTraining: number;
  } | null;
  attendanceThresholdPercent: number;
  /** The number of an unrevoked certificate already held for this programme version, if any. */
  existingCertificate: string | null;
  /** The number of a certificate for this programme version that was revoked, if any. */
  revokedCertificate: string | null;
}

const reason = (code: EligibilityCode, message: string): RuleReason<EligibilityCode> => ({ code, message });

function listModules(modules: { number: number }[]): string {
  const numbers = modules.map((m) => m.number);
  if (numbers.length <= 5) return numbers.join(', ');
  return `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`;
}

/**
 * May this buddy be certified? (BRIEF: certification): selection approved, every module of
 * their programme version complete, attendance at or above the threshold, at least one
 * supervision during training. Returns every unmet reason.
 */
export function certificationEligibility(facts: EligibilityFacts): RuleOutcome<EligibilityCode> {
  const reasons: RuleReason<EligibilityCode>[] = [];
  if (facts.recordClosed) reasons.push(reason('RECORD_CLOSED', 'The buddy’s record is closed'));
  if (facts.selectionStatus !== 'approved') reasons.push(reason('SELECTION_NOT_APPROVED', 'The buddy has not been approved at selection'));
  // Revocation is final for the version trained on: issuing again would quietly undo it.
  if (facts.revokedCertificate && !facts.existingCertificate) {
    reasons.push(reason('CERTIFICATE_REVOKED', `Certificate ${facts.revokedCertificate} for this programme version was revoked, so it cannot be issued again`));
  }
  if (facts.existingCertificate) reasons.push(reason('ALREADY_CERTIFIED', `The buddy already holds certificate ${facts.existingCertificate} for this programme version`));
  const t = facts.training;
  if (!t) {
    reasons.push(reason('NOT_ENROLLED', 'The buddy has not been enrolled on a programme'));
  } else {
    if (t.incompleteModules.length) {
      const n = t.incompleteModules.length;
      reasons.push(reason('MODULES_INCOMPLETE', `${n} module${n === 1 ? ' is' : 's are'} not complete (${listModules(t.incompleteModules)})`));
    }
    if (t.attendanceRatePercent === null) {
      reasons.push(reason('ATTENDANCE_BELOW_THRESHOLD', `No attendance has been recorded; at least ${facts.attendanceThresholdPercent}% is needed`));
    } else if (t.attendanceRatePercent < facts.attendanceThresholdPercent) {
      reasons.push(reason('ATTENDANCE_BELOW_THRESHOLD', `Attendance is ${t.attendanceRatePercent}%; at least ${facts.attendanceThresholdPercent}% is needed`));
    }
    if (t.supervisionsDuringTraining < 1) reasons.push(reason('NO_SUPERVISION_DURING_TRAINING', 'The buddy has had no supervision session during training'));
  }
  return { allowed: reasons.length === 0, reasons };
}

/** Expired is derived, never stored: a certificate is valid up to and including its expiry date. */
export function certificateStatus(stored: StoredCertificateStatus, expiresOn: string, today: string): CertificateStatus {
  if (stored !== 'valid') return stored;
  return today > expiresOn ? 'expired' : 'valid';
}

export function certificateExpiry(issuedOn: string, validityMonths: number): string {
  return addMonths(issuedOn, validityMonths);
}

/** PP-EXI-2026-00042: the issuing prison, the year of issue and that prison's running number for the year. */
export function certificateNumber(prisonCode: string, year: number, sequence: number): string {
  return `PP-${prisonCode}-${year}-${String(sequence).padStart(5, '0')}`;
}

/** Initials only, for the public verification page: enough to match a person, not to identify one. */
export function initials(firstName: string, lastName: string): string {
  return `${firstName.trim().charAt(0)}. ${lastName.trim().charAt(0)}.`.toUpperCase();
}

export type StatusChange = 'suspend' | 'reinstate' | 'revoke';

/** Why a certificate's status cannot change this way, or null when it can. Expired is derived from the date. */
export function statusChangeProblem(change: StatusChange, current: CertificateStatus): string | null {
  if (current === 'revoked') return 'The certificate has been revoked: it cannot change again';
  if (change === 'suspend') {
    if (current === 'suspended') return 'The certificate is already suspended';
    if (current === 'expired') return 'The certificate has expired, so there is nothing to suspend';
  }
  if (change === 'reinstate') {
    if (current === 'valid') return 'The certificate is not suspended';
    if (current === 'expired') return 'The certificate has expired: it cannot be reinstated';
  }
  return null;
}

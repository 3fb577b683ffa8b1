import type { AttendanceFigures, CertificateStatus, EligibilityCode, RenewalCode, RuleOutcome, RuleReason, StoredCertificateStatus } from '@peerpath/contracts';
import { addMonths, daysBetween, formatDate } from './dates';
import { attendanceBelow, attendanceRateWords } from './progress';

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
    attendance: AttendanceFigures;
    supervisionsDuringTraining: number;
  } | null;
  attendanceThresholdPercent: number;
  /** A certificate already held for this programme version (not revoked, not superseded), if any. */
  existingCertificate: { number: string; status: CertificateStatus; expiresOn: string } | null;
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
  const held = facts.existingCertificate;
  if (held?.status === 'expired') {
    // An expired certificate is renewed by refresher, not issued again from scratch (BRIEF: certification).
    reasons.push(reason('RENEW_INSTEAD', `Certificate ${held.number} expired on ${formatDate(held.expiresOn)}: renew it by refresher instead`));
  } else if (held) {
    const state = held.status === 'suspended' ? ' (suspended)' : `, valid until ${formatDate(held.expiresOn)}`;
    reasons.push(reason('ALREADY_CERTIFIED', `The buddy already holds certificate ${held.number} for this programme version${state}`));
  }
  const t = facts.training;
  if (!t) {
    reasons.push(reason('NOT_ENROLLED', 'The buddy has not been enrolled on a programme'));
  } else {
    if (t.incompleteModules.length) {
      const n = t.incompleteModules.length;
      reasons.push(reason('MODULES_INCOMPLETE', `${n} module${n === 1 ? ' is' : 's are'} not complete (${listModules(t.incompleteModules)})`));
    }
    if (t.attendance.ratePercent === null) {
      reasons.push(reason('ATTENDANCE_BELOW_THRESHOLD', `No attendance has been recorded; at least ${facts.attendanceThresholdPercent}% is needed`));
    } else if (attendanceBelow(t.attendance, facts.attendanceThresholdPercent)) {
      reasons.push(reason('ATTENDANCE_BELOW_THRESHOLD', `Attendance is ${attendanceRateWords(t.attendance, facts.attendanceThresholdPercent)}; at least ${facts.attendanceThresholdPercent}% is needed`));
    }
    if (t.supervisionsDuringTraining < 1) reasons.push(reason('NO_SUPERVISION_DURING_TRAINING', 'The buddy has had no supervision session during training'));
  }
  return { allowed: reasons.length === 0, reasons };
}

/**
 * Expired is derived, never stored: a certificate is valid up to and including its expiry
 * date. Only a valid one expires: a suspended one stays suspended (the concern comes first),
 * and revoked and superseded are final.
 */
export function certificateStatus(stored: StoredCertificateStatus, expiresOn: string, today: string): CertificateStatus {
  if (stored !== 'valid') return stored;
  return today > expiresOn ? 'expired' : 'valid';
}

/** Certificates that still speak for the buddy: every status but revoked and superseded (one per programme version). */
export const LIVE_CERTIFICATE_STATUSES: readonly StoredCertificateStatus[] = ['valid', 'suspended'];

/**
 * Which of a buddy's certificates speaks for them (register stage, the gate, attention
 * lists): one in force first, then a suspended one, then the most recently issued of the rest.
 * Lower ranks first.
 */
export function certificateRank(status: CertificateStatus): number {
  switch (status) {
    case 'valid':
      return 0;
    case 'suspended':
      return 1;
    case 'superseded':
      return 3;
    default:
      return 2;
  }
}

export function bestCertificate<T extends { status: CertificateStatus; issuedOn: string }>(certificates: readonly T[]): T | null {
  let best: T | null = null;
  for (const c of certificates) {
    if (!best || certificateRank(c.status) < certificateRank(best.status) || (certificateRank(c.status) === certificateRank(best.status) && c.issuedOn > best.issuedOn)) best = c;
  }
  return best;
}

/** What renewal needs to know, gathered by whoever asks (the API before renewing, the panel before offering it). */
export interface RenewalFacts {
  recordClosed: boolean;
  selectionApproved: boolean;
  /** The certificate to renew, with its derived status. */
  certificate: { number: string; status: CertificateStatus; issuedOn: string };
  /** The programme version's refresher criteria, each with the date it was last met if its latest decision is "met". */
  refresherCriteria: readonly { code: string; metOn: string | null }[];
  lastSupervisedOn: string | null;
  intervalDays: number;
  today: string;
}

/** A refresher criterion counts when it has been met again on or after the day the certificate was issued. */
export function refresherRemet(metOn: string | null, certificateIssuedOn: string): boolean {
  return metOn !== null && metOn >= certificateIssuedOn;
}

/** Supervised within the prison's interval: the last session no more than `intervalDays` ago. */
export function supervisedWithin(lastSupervisedOn: string | null, intervalDays: number, today: string): boolean {
  return lastSupervisedOn !== null && daysBetween(lastSupervisedOn, today) <= intervalDays;
}

function listCodes(codes: string[]): string {
  return codes.length <= 5 ? codes.join(', ') : `${codes.slice(0, 5).join(', ')} and ${codes.length - 5} more`;
}

const renewalReason = (code: RenewalCode, message: string): RuleReason<RenewalCode> => ({ code, message });

/**
 * May this certificate be renewed? (BRIEF: "expiry, renewal by refresher"). Before or after it
 * expires, when the buddy is still approved and open, has been supervised within the prison's
 * interval, and has met every refresher criterion of the programme version again since the
 * certificate was issued. A suspended certificate waits for its concern; revoked and
 * superseded ones are final. Returns every unmet reason.
 */
export function renewalEligibility(facts: RenewalFacts): RuleOutcome<RenewalCode> {
  const reasons: RuleReason<RenewalCode>[] = [];
  if (facts.recordClosed) reasons.push(renewalReason('RECORD_CLOSED', 'The buddy’s record is closed'));
  if (!facts.selectionApproved) reasons.push(renewalReason('SELECTION_NOT_APPROVED', 'The buddy is not approved at selection'));
  const { certificate } = facts;
  if (certificate.status === 'suspended') reasons.push(renewalReason('CERTIFICATE_SUSPENDED', `Certificate ${certificate.number} is suspended: review the concern first`));
  if (certificate.status === 'revoked') reasons.push(renewalReason('CERTIFICATE_REVOKED', `Certificate ${certificate.number} was revoked, so it cannot be renewed`));
  if (certificate.status === 'superseded') reasons.push(renewalReason('CERTIFICATE_SUPERSEDED', `Certificate ${certificate.number} has already been renewed`));
  if (facts.refresherCriteria.length === 0) {
    reasons.push(renewalReason('NO_REFRESHER_CRITERIA', 'This programme version has no refresher criteria: an admin marks them in the programme editor'));
  } else {
    const outstanding = facts.refresherCriteria.filter((c) => !refresherRemet(c.metOn, certificate.issuedOn)).map((c) => c.code);
    if (outstanding.length) {
      const n = outstanding.length;
      reasons.push(
        renewalReason('REFRESHER_NOT_MET', `${n} refresher criteri${n === 1 ? 'on has' : 'a have'} not been met again since ${formatDate(certificate.issuedOn)} (${listCodes(outstanding)})`),
      );
    }
  }
  if (!supervisedWithin(facts.lastSupervisedOn, facts.intervalDays, facts.today)) {
    const last = facts.lastSupervisedOn ? `the last was on ${formatDate(facts.lastSupervisedOn)}` : 'none is recorded';
    reasons.push(renewalReason('NOT_SUPERVISED_RECENTLY', `The buddy has not been supervised in the last ${facts.intervalDays} days (${last})`));
  }
  return { allowed: reasons.length === 0, reasons };
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
  if (current === 'superseded') return 'The certificate has been renewed: change the renewed certificate instead';
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

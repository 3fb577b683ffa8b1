import type { RuleOutcome } from './rules';

/** What is stored; 'expired' is never stored, it is derived from the expiry date. */
export type StoredCertificateStatus = 'valid' | 'suspended' | 'revoked';
export type CertificateStatus = StoredCertificateStatus | 'expired';

export type EligibilityCode =
  | 'SELECTION_NOT_APPROVED'
  | 'RECORD_CLOSED'
  | 'NOT_ENROLLED'
  | 'MODULES_INCOMPLETE'
  | 'ATTENDANCE_BELOW_THRESHOLD'
  | 'NO_SUPERVISION_DURING_TRAINING'
  | 'ALREADY_CERTIFIED'
  | 'CERTIFICATE_REVOKED';

export interface EligibilityView extends RuleOutcome<EligibilityCode> {
  buddyId: string;
  /** The programme version a certificate would be for; null if never enrolled. */
  programmeVersionId: string | null;
  programmeTitle: string | null;
  versionLabel: string | null;
  modulesComplete: number;
  modulesTotal: number;
  attendanceRatePercent: number | null;
  attendanceThresholdPercent: number;
  supervisionsDuringTraining: number;
}

export interface CertificateStatusChangeView {
  fromStatus: StoredCertificateStatus;
  toStatus: StoredCertificateStatus;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export interface CertificateView {
  id: string;
  number: string;
  buddyId: string;
  prisonNumber: string;
  holderName: string;
  programmeTitle: string;
  versionLabel: string;
  issuingPrisonCode: string;
  issuingPrisonName: string;
  issuedOn: string;
  expiresOn: string;
  /** Derived: expired once past expiresOn. */
  status: CertificateStatus;
  issuedBy: string;
  /** The public verification path the QR code points at. */
  verificationPath: string;
  history: CertificateStatusChangeView[];
  version: number;
}

export interface CertificateStatusRequest {
  reason: string;
}

/** The public verification answer: only what a verifier needs, nothing more. */
export interface CertificateVerification {
  valid: boolean;
  status: CertificateStatus;
  programme: string;
  issuedOn: string;
  expiresOn: string;
  issuingPrison: string;
  holderInitials: string;
}

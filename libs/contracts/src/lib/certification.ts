import type { RuleOutcome } from './rules';

/**
 * What is stored; 'expired' is never stored, it is derived from the expiry date.
 * 'superseded': replaced by a renewal (the renewal is a new certificate; history is kept).
 */
export type StoredCertificateStatus = 'valid' | 'suspended' | 'revoked' | 'superseded';
export type CertificateStatus = StoredCertificateStatus | 'expired';

export type EligibilityCode =
  | 'SELECTION_NOT_APPROVED'
  | 'RECORD_CLOSED'
  | 'NOT_ENROLLED'
  | 'MODULES_INCOMPLETE'
  | 'ATTENDANCE_BELOW_THRESHOLD'
  | 'NO_SUPERVISION_DURING_TRAINING'
  | 'ALREADY_CERTIFIED'
  | 'RENEW_INSTEAD'
  | 'CERTIFICATE_REVOKED';

export type RenewalCode =
  | 'RECORD_CLOSED'
  | 'SELECTION_NOT_APPROVED'
  | 'CERTIFICATE_SUSPENDED'
  | 'CERTIFICATE_REVOKED'
  | 'CERTIFICATE_SUPERSEDED'
  | 'NO_REFRESHER_CRITERIA'
  | 'REFRESHER_NOT_MET'
  | 'NOT_SUPERVISED_RECENTLY';

/** One refresher criterion of the certificate's programme version, and whether it has been met again. */
export interface RefresherCriterionView {
  criterionId: string;
  code: string;
  text: string;
  moduleNumber: number;
  moduleTitle: string;
  /** When its latest decision, "met", was made; null when not met since. */
  metOn: string | null;
  remet: boolean;
}

/** Can this certificate be renewed, and what is still needed? */
export interface RenewalView extends RuleOutcome<RenewalCode> {
  certificateId: string;
  certificateNumber: string;
  certificateStatus: CertificateStatus;
  issuedOn: string;
  expiresOn: string;
  refresherCriteria: RefresherCriterionView[];
  lastSupervisedOn: string | null;
  supervisionIntervalDays: number;
}

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
  /** The short code printed under the QR code, for a verifier to type: K7QX-94MD-2R. */
  shortCode: string;
  history: CertificateStatusChangeView[];
  /** The number of the certificate this one renewed, if it is a renewal. */
  renewsNumber: string | null;
  /** The number of the renewal that superseded this one, if any. */
  renewedByNumber: string | null;
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

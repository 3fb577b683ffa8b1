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
  | 'ALREADY_CERTIFIED';

import type { CertificateStatus, JourneyStage, SelectionStatus } from '@peerpath/contracts';

/** Every journey stage, in the order a buddy meets them: the register's filter and the API's validation read this one list. */
export const JOURNEY_STAGES = ['applied', 'declined', 'approved', 'in_training', 'certified', 'suspended', 'expired', 'released'] as const satisfies readonly JourneyStage[];

/** What the journey stage is derived from. */
export interface JourneyFacts {
  released: boolean;
  selectionStatus: SelectionStatus;
  /** The status of the certificate that speaks for the buddy (see bestCertificate), or null. */
  certificate: CertificateStatus | null;
  /** An active place on a running cohort (see inTraining). */
  inTraining: boolean;
}

/**
 * Where a buddy is on the journey (BRIEF: the buddy's journey), the first that holds:
 * released; applied or declined at selection; certified (a certificate in force); suspended;
 * in training; certificate expired (awaiting renewal); otherwise approved, waiting for a place.
 * A revoked certificate leaves an approved buddy where their training puts them.
 */
export function journeyStage(f: JourneyFacts): JourneyStage {
  if (f.released) return 'released';
  if (f.selectionStatus !== 'approved') return f.selectionStatus;
  if (f.certificate === 'valid') return 'certified';
  if (f.certificate === 'suspended') return 'suspended';
  if (f.inTraining) return 'in_training';
  if (f.certificate === 'expired') return 'expired';
  return 'approved';
}

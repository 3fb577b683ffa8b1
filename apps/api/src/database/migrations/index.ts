import { Foundation1795443248696 } from './1795443248696-Foundation';
import { SessionsAuditGuardsAndPrisons1795443300000 } from './1795443300000-SessionsAuditGuardsAndPrisons';
import { ProgrammesAndBuddies1795444145625 } from './1795444145625-ProgrammesAndBuddies';
import { ProgrammeAndBuddyGuards1795444200000 } from './1795444200000-ProgrammeAndBuddyGuards';
import { CohortsAndAssessment1795451624577 } from './1795451624577-CohortsAndAssessment';
import { CohortAndAssessmentGuards1795451700000 } from './1795451700000-CohortAndAssessmentGuards';
import { SupervisionCertificationAllocation1795452353523 } from './1795452353523-SupervisionCertificationAllocation';
import { CertificationAndAllocationGuards1795452400000 } from './1795452400000-CertificationAndAllocationGuards';
import { RateLimits1795452619937 } from './1795452619937-RateLimits';
import { CertificateRenewal1796156061340 } from './1796156061340-CertificateRenewal';
import { OneLiveCertificatePerVersion1796156061341 } from './1796156061341-OneLiveCertificatePerVersion';
import { StaffAccountLifecycle1796159198651 } from './1796159198651-StaffAccountLifecycle';
import { UnknownPrisonNumberTries1796165999378 } from './1796165999378-UnknownPrisonNumberTries';
import { OutcomeReviewsAndStaffCost1796200000000 } from './1796200000000-OutcomeReviewsAndStaffCost';
import { AuditTrailFilters1796300000000 } from './1796300000000-AuditTrailFilters';
import { CertificateShortCodes1796400000000 } from './1796400000000-CertificateShortCodes';
import { IdempotentRequests1796400000400 } from './1796400000400-IdempotentRequests';
import { UnknownUsernameFailures1796412000000 } from './1796412000000-UnknownUsernameFailures';
import { NoTruncatingHistory1796500000000 } from './1796500000000-NoTruncatingHistory';
import { CurrentDecisionCoveringIndex1796600000000 } from './1796600000000-CurrentDecisionCoveringIndex';
import { RateLimitHitsByAge1796600000100 } from './1796600000100-RateLimitHitsByAge';
import { BuddyNameSearchTrigrams1796600000300 } from './1796600000300-BuddyNameSearchTrigrams';
import { AuditTrailNewestFirst1796650000000 } from './1796650000000-AuditTrailNewestFirst';
import { MonitoringIndexes1796700000000 } from './1796700000000-MonitoringIndexes';
import { RateLimitRows1796700000100 } from './1796700000100-RateLimitRows';
import { MonitoringSnapshots1796800000000 } from './1796800000000-MonitoringSnapshots';

/** Every migration, in order. Listed, not globbed, so the webpack bundle carries them. */
export const MIGRATIONS = [
  Foundation1795443248696, SessionsAuditGuardsAndPrisons1795443300000,
  ProgrammesAndBuddies1795444145625,
  ProgrammeAndBuddyGuards1795444200000,
  CohortsAndAssessment1795451624577,
  CohortAndAssessmentGuards1795451700000,
  SupervisionCertificationAllocation1795452353523,
  CertificationAndAllocationGuards1795452400000,
  RateLimits1795452619937,
  CertificateRenewal1796156061340,
  OneLiveCertificatePerVersion1796156061341,
  StaffAccountLifecycle1796159198651,
  UnknownPrisonNumberTries1796165999378,
  OutcomeReviewsAndStaffCost1796200000000,
  AuditTrailFilters1796300000000,
  CertificateShortCodes1796400000000,
  IdempotentRequests1796400000400,
  UnknownUsernameFailures1796412000000,
  NoTruncatingHistory1796500000000,
  CurrentDecisionCoveringIndex1796600000000,
  RateLimitHitsByAge1796600000100,
  BuddyNameSearchTrigrams1796600000300,
  AuditTrailNewestFirst1796650000000,
  MonitoringIndexes1796700000000,
  RateLimitRows1796700000100,
  MonitoringSnapshots1796800000000,
];

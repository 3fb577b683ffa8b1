import { Allocation } from '@peerpath/api/allocation/allocation.entity';
import { Recipient } from '@peerpath/api/allocation/recipient.entity';
import { AssessmentDecision } from '@peerpath/api/assessments/assessment-decision.entity';
import { AuditEvent } from '@peerpath/api/audit/audit-event.entity';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { BuddyTransfer } from '@peerpath/api/buddies/buddy-transfer.entity';
import { SelectionDecision } from '@peerpath/api/buddies/selection-decision.entity';
import { Certificate, CertificateCounter, CertificateStatusChange } from '@peerpath/api/certification/certificate.entity';
import { AttendanceMark } from '@peerpath/api/cohorts/attendance-mark.entity';
import { CohortStaff } from '@peerpath/api/cohorts/cohort-staff.entity';
import { Cohort } from '@peerpath/api/cohorts/cohort.entity';
import { Enrolment } from '@peerpath/api/cohorts/enrolment.entity';
import { TrainingSession, TrainingSessionModule } from '@peerpath/api/cohorts/training-session.entity';
import { AssessmentCriterion } from '@peerpath/api/programmes/assessment-criterion.entity';
import { LearningOutcome } from '@peerpath/api/programmes/learning-outcome.entity';
import { ProgrammeModule } from '@peerpath/api/programmes/programme-module.entity';
import { ProgrammeVersion } from '@peerpath/api/programmes/programme-version.entity';
import { Programme } from '@peerpath/api/programmes/programme.entity';
import { SignInAttempt } from '@peerpath/api/auth/sign-in-attempt.entity';
import { UnknownUsernameFailures } from '@peerpath/api/auth/unknown-username-failures.entity';
import { Concern } from '@peerpath/api/concerns/concern.entity';
import { OutcomeReview } from '@peerpath/api/outcomes/outcome-review.entity';
import { IdempotentRequest } from '@peerpath/api/platform/idempotent-request.entity';
import { RateLimitCount } from '@peerpath/api/platform/rate-limit.entity';
import { Cluster } from '@peerpath/api/prisons/cluster.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { Supervision } from '@peerpath/api/supervision/supervision.entity';
import { RoleAssignment } from '@peerpath/api/users/role-assignment.entity';
import { User } from '@peerpath/api/users/user.entity';

/** Listed, not globbed, so that the webpack bundle and the CLI see the same set. */
export const ENTITIES = [
  Cluster,
  Prison,
  User,
  RoleAssignment,
  AuditEvent,
  SignInAttempt,
  UnknownUsernameFailures,
  Programme,
  ProgrammeVersion,
  ProgrammeModule,
  LearningOutcome,
  AssessmentCriterion,
  Buddy,
  SelectionDecision,
  Cohort,
  CohortStaff,
  TrainingSession,
  TrainingSessionModule,
  Enrolment,
  AttendanceMark,
  AssessmentDecision,
  BuddyTransfer,
  Supervision,
  Certificate,
  CertificateStatusChange,
  CertificateCounter,
  Recipient,
  Allocation,
  Concern,
  OutcomeReview,
  RateLimitCount,
  IdempotentRequest,
];

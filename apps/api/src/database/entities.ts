import { Allocation } from '../allocation/allocation.entity';
import { Recipient } from '../allocation/recipient.entity';
import { AssessmentDecision } from '../assessments/assessment-decision.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Buddy } from '../buddies/buddy.entity';
import { BuddyTransfer } from '../buddies/buddy-transfer.entity';
import { SelectionDecision } from '../buddies/selection-decision.entity';
import { Certificate, CertificateCounter, CertificateStatusChange } from '../certification/certificate.entity';
import { AttendanceMark } from '../cohorts/attendance-mark.entity';
import { CohortStaff } from '../cohorts/cohort-staff.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Enrolment } from '../cohorts/enrolment.entity';
import { TrainingSession, TrainingSessionModule } from '../cohorts/training-session.entity';
import { AssessmentCriterion } from '../programmes/assessment-criterion.entity';
import { LearningOutcome } from '../programmes/learning-outcome.entity';
import { ProgrammeModule } from '../programmes/programme-module.entity';
import { ProgrammeVersion } from '../programmes/programme-version.entity';
import { Programme } from '../programmes/programme.entity';
import { SignInAttempt } from '../auth/sign-in-attempt.entity';
import { Concern } from '../concerns/concern.entity';
import { RateLimitHit } from '../platform/rate-limit-hit.entity';
import { Cluster } from '../prisons/cluster.entity';
import { Prison } from '../prisons/prison.entity';
import { Supervision } from '../supervision/supervision.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { User } from '../users/user.entity';

/** Listed, not globbed, so that the webpack bundle and the CLI see the same set. */
export const ENTITIES = [
  Cluster,
  Prison,
  User,
  RoleAssignment,
  AuditEvent,
  SignInAttempt,
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
  RateLimitHit,
];

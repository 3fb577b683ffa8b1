import { AuditEvent } from '../audit/audit-event.entity';
import { SignInAttempt } from '../auth/sign-in-attempt.entity';
import { Cluster } from '../prisons/cluster.entity';
import { Prison } from '../prisons/prison.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { User } from '../users/user.entity';

/** Listed, not globbed, so that the webpack bundle and the CLI see the same set. */
export const ENTITIES = [Cluster, Prison, User, RoleAssignment, AuditEvent, SignInAttempt];

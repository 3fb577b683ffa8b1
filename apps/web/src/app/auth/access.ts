import type { RoleName } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';

/**
 * The areas of the web app, each opened by one entry of the permissions table the API's @Access
 * also reads (libs/domain permissions.ts). Navigation and route guards both ask here, so a link is
 * never shown for a page that would refuse the user. The API enforces scope on every request
 * regardless (BRIEF: scope is enforced by the API, not by the UI).
 */
export const AREA_ROLES = {
  prisons: PERMISSIONS.overseePrisons,
  buddies: PERMISSIONS.readBuddies,
  buddyApplications: PERMISSIONS.changeBuddyRecords,
  programmes: PERMISSIONS.readProgrammes,
  programmeDrafts: PERMISSIONS.draftProgrammes,
  cohorts: PERMISSIONS.readCohorts,
  staff: PERMISSIONS.manageStaff,
  recipients: PERMISSIONS.readRecipients,
  allocate: PERMISSIONS.allocate,
  recordOutcomeReviews: PERMISSIONS.recordOutcomeReviews,
  me: PERMISSIONS.seeOwnProgress,
  buddyRecords: PERMISSIONS.changeBuddyRecords,
  supervision: PERMISSIONS.readSupervision,
  concerns: PERMISSIONS.readConcerns,
  raiseConcerns: PERMISSIONS.raiseConcerns,
  attention: PERMISSIONS.seeAttention,
  monitoring: PERMISSIONS.readMonitoring,
  auditTrail: PERMISSIONS.readAuditTrail,
} as const satisfies Record<string, readonly RoleName[]>;

export type Area = keyof typeof AREA_ROLES;

export function mayOpen(area: Area, roles: readonly RoleName[]): boolean {
  const allowed: readonly RoleName[] = AREA_ROLES[area];
  return roles.some((role) => allowed.includes(role));
}

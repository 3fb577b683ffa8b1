import type { RoleName } from '@peerpath/contracts';

/**
 * Which roles may open each area of the web app. Navigation and route guards both read this,
 * so a link is never shown for a page that would refuse the user. The API enforces scope
 * on every request regardless (BRIEF: scope is enforced by the API, not by the UI).
 */
export const AREA_ROLES = {
  prisons: ['coordinator', 'auditor', 'admin'],
  buddies: ['coordinator', 'auditor', 'admin'],
  /** Recording applications: coordinators only (auditors change nothing). */
  buddyApplications: ['coordinator'],
  /** Programmes are national reference data: every staff role reads them, admins change them. */
  programmes: ['admin', 'trainer', 'coordinator', 'auditor'],
  programmeDrafts: ['admin'],
  /** Trainers see the cohorts they deliver; coordinators and auditors those in their prisons. */
  cohorts: ['trainer', 'coordinator', 'auditor', 'admin'],
  staff: ['admin'],
  /** The recipient register and allocations: read by everyone who oversees the scheme. */
  recipients: ['coordinator', 'auditor', 'admin'],
  /** Adding recipients and allocating (the gate): coordinators only. */
  allocate: ['coordinator'],
  /** A buddy's own page; staff see buddies through the register instead. */
  me: ['buddy'],
  /** Changing a buddy's record (supervision, certificates, transfer, release, PIN): coordinators only. */
  buddyRecords: ['coordinator'],
  /** The supervision due lists: the people who chase them, inspect them, and admins (as the API allows). */
  supervision: ['coordinator', 'auditor', 'admin'],
  /** Reading and reviewing concerns (the API lets only coordinators review). */
  concerns: ['coordinator', 'auditor', 'admin'],
  /** Anyone in scope who works with buddies may raise a concern (API: CONCERN_RAISERS). */
  raiseConcerns: ['coordinator', 'trainer', 'admin'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Area = keyof typeof AREA_ROLES;

export function mayOpen(area: Area, roles: readonly RoleName[]): boolean {
  const allowed: readonly RoleName[] = AREA_ROLES[area];
  return roles.some((role) => allowed.includes(role));
}

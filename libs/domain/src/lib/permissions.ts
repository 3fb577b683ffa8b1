import type { RoleName } from '@peerpath/contracts';

/**
 * Who may do what: the one list of roles for each thing Peerpath lets people do (BRIEF: people and
 * what they do). The API's @Access decorators and scope checks read it, and so do the web app's
 * navigation and route guards, so a link is never shown for a page the API would refuse.
 * Roles only: scope (which prisons) is the API's to enforce on every request.
 */
export const PERMISSIONS = {
  /** Everyone signed in sees who they are and signs out. */
  ownAccount: ['admin', 'trainer', 'coordinator', 'auditor', 'buddy'],

  /** Admins run prisons, programmes and staff; every other staff role works within prisons and reads them. */
  readPrisons: ['admin', 'auditor', 'coordinator', 'trainer'],
  /**
   * The prisons pages: those who run or inspect the scheme at prisons. Trainers read prisons
   * (readPrisons) through their cohorts but have no page of them.
   */
  overseePrisons: ['coordinator', 'auditor', 'admin'],
  /** A prison's supervision policy and hours cap: its coordinators, and admins. */
  changePrisonPolicy: ['admin', 'coordinator'],
  /** Programmes are national reference data that every staff role reads. */
  readProgrammes: ['admin', 'auditor', 'coordinator', 'trainer'],
  /** Drafting, editing and publishing programme versions: admins. */
  draftProgrammes: ['admin'],
  /** Staff accounts: admins. */
  manageStaff: ['admin'],

  /** The buddy register and each buddy's record: coordinators, auditors (change nothing) and admins. */
  readBuddies: ['coordinator', 'auditor', 'admin'],
  /** Applications, selection, supervision records, kiosk PIN, transfer and release: coordinators. */
  changeBuddyRecords: ['coordinator'],
  /** The supervision due and overdue lists: those who chase them, inspect them, and admins. */
  readSupervision: ['coordinator', 'auditor', 'admin'],
  /** Issuing, suspending, reinstating and revoking certificates: an authorised coordinator. */
  issueCertificates: ['coordinator'],

  /** Cohorts: trainers see the ones they deliver; the others, the cohorts in their scope. */
  readCohorts: ['trainer', 'coordinator', 'auditor', 'admin'],
  /** Roles that see cohorts beyond the ones they deliver (their prisons, cluster or the nation). */
  overseeCohorts: ['coordinator', 'auditor', 'admin'],
  /** Setting up a cohort: coordinators at their prisons, and admins. */
  createCohorts: ['coordinator', 'admin'],
  /** Scheduling sessions and taking the register: the cohort's trainers, and coordinators who may correct it. */
  runSessions: ['coordinator', 'trainer'],
  /** Enrolling and withdrawing buddies: coordinators. */
  enrol: ['coordinator'],
  /** Assessment decisions: trainers and assessors on the cohort (who hold the trainer role); never coordinators. */
  assess: ['trainer'],

  /** The recipient register and allocations: everyone who oversees the scheme. */
  readRecipients: ['coordinator', 'auditor', 'admin'],
  /** Adding recipients and allocating buddies to them (the gate): coordinators. */
  allocate: ['coordinator'],

  /** Anyone working with buddies may raise a concern (auditors change nothing; buddies are the subject). */
  raiseConcerns: ['coordinator', 'trainer', 'admin'],
  readConcerns: ['coordinator', 'auditor', 'admin'],
  /** A coordinator reviews a concern and may suspend the certificate pending review. */
  reviewConcerns: ['coordinator'],

  /** The monitoring dashboard, its CSVs and the scheme summary: those who run or inspect schemes, in their scope. */
  readMonitoring: ['coordinator', 'auditor', 'admin'],
  /** The audit trail, readable: inspectors and admins, in their scope. */
  readAuditTrail: ['auditor', 'admin'],
  /** Outcome reviews are recorded by the coordinator with the recipient; read with the recipient register. */
  recordOutcomeReviews: ['coordinator'],

  /** What needs attention today: a coordinator's lists at their prisons, a trainer's for their cohorts. */
  seeAttention: ['coordinator', 'trainer'],

  /** A buddy's own page: progress, certificate and next steps in plain words. */
  seeOwnProgress: ['buddy'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether someone holding these roles may do this (scope aside). */
export function mayDo(permission: Permission, roles: readonly RoleName[]): boolean {
  const allowed: readonly RoleName[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

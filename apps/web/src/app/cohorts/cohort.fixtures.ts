import type { AttendanceRegister, CohortDetail, CurrentUser, ModuleAssessmentSheet, ProgressMatrix, RoleName } from '@peerpath/contracts';

/* Test data shared by the cohort specs (not imported by the app). */

export function userWith(...roles: RoleName[]): CurrentUser {
  return {
    id: 'u1',
    username: 'someone',
    displayName: 'Some One',
    roles: roles.map((role) => ({ role, scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' })),
  };
}

export const COHORT: CohortDetail = {
  id: 'c1',
  name: 'Exeter spring 2026',
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  programmeId: 'p1',
  programmeTitle: 'Buddy Support Worker',
  programmeVersionId: 'v1',
  versionLabel: 'Version 1',
  startsOn: '2026-01-12',
  endsOn: '2026-04-03',
  capacity: 12,
  activeEnrolments: 3,
  status: 'running',
  version: 1,
  staff: [
    { userId: 't1', displayName: 'Tess Trainer', role: 'trainer' },
    { userId: 'a1', displayName: 'Asha Assessor', role: 'assessor' },
  ],
  sessions: [
    {
      id: 's1',
      heldOn: '2026-02-03',
      startsAt: '09:30',
      endsAt: '12:00',
      location: 'Education block, room 2',
      modules: [{ id: 'm1', number: 1, title: 'Understanding your role' }],
      marksRecorded: 0,
    },
  ],
  enrolments: [
    enrolment('e1', 'b1', 'Alex', 'Brown', 'A1234BC'),
    enrolment('e2', 'b2', 'Sam', 'Jones', 'B2345CD'),
    enrolment('e3', 'b3', 'Kai', 'Patel', 'C3456DE'),
  ],
  permissions: { enrol: false, schedule: false, registerAttendance: true, assess: true },
};

function enrolment(id: string, buddyId: string, firstName: string, lastName: string, prisonNumber: string) {
  return {
    id,
    buddyId,
    prisonNumber,
    firstName,
    lastName,
    status: 'active' as const,
    enrolledOn: '2026-01-12',
    withdrawnOn: null,
    withdrawalReason: null,
  };
}

export const MATRIX: ProgressMatrix = {
  cohortId: 'c1',
  modules: [
    { id: 'm1', number: 1, title: 'Understanding your role', criterionCount: 4 },
    { id: 'm2', number: 2, title: 'Duty of care', criterionCount: 5 },
  ],
  rows: [
    {
      buddyId: 'b1',
      prisonNumber: 'A1234BC',
      firstName: 'Alex',
      lastName: 'Brown',
      enrolmentStatus: 'active',
      cells: [
        { moduleId: 'm1', met: 4, total: 4, state: 'complete' },
        { moduleId: 'm2', met: 3, total: 5, state: 'in_progress' },
      ],
      modulesComplete: 1,
      attendance: { attended: 9, absent: 1, excused: 0, ratePercent: 90 },
    },
    {
      buddyId: 'b2',
      prisonNumber: 'B2345CD',
      firstName: 'Sam',
      lastName: 'Jones',
      enrolmentStatus: 'active',
      cells: [
        { moduleId: 'm1', met: 0, total: 4, state: 'in_progress' },
        { moduleId: 'm2', met: 0, total: 5, state: 'not_started' },
      ],
      modulesComplete: 0,
      attendance: { attended: 0, absent: 0, excused: 0, ratePercent: null },
    },
  ],
  moduleTotals: [
    { moduleId: 'm1', complete: 1, inProgress: 1, notStarted: 0 },
    { moduleId: 'm2', complete: 0, inProgress: 1, notStarted: 1 },
  ],
};

export const REGISTER: AttendanceRegister = {
  sessionId: 's1',
  cohortId: 'c1',
  heldOn: '2026-02-03',
  startsAt: '09:30',
  endsAt: '12:00',
  location: 'Education block, room 2',
  modules: [{ id: 'm1', number: 1, title: 'Understanding your role' }],
  entries: [
    { buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Alex', lastName: 'Brown', mark: null },
    { buddyId: 'b2', prisonNumber: 'B2345CD', firstName: 'Sam', lastName: 'Jones', mark: null },
    { buddyId: 'b3', prisonNumber: 'C3456DE', firstName: 'Kai', lastName: 'Patel', mark: null },
  ],
};

export const SHEET: ModuleAssessmentSheet = {
  cohortId: 'c1',
  moduleId: 'm2',
  moduleNumber: 2,
  moduleTitle: 'Duty of care',
  criteria: [
    { id: 'k1', code: '2.1a', kind: 'knowledge', text: 'Describe what duty of care means', simulationAllowed: false, outcomeCode: '2.1', outcomeText: 'Understand duty of care' },
    { id: 'c1', code: '2.2a', kind: 'competence', text: 'Raise a concern with staff', simulationAllowed: false, outcomeCode: '2.2', outcomeText: 'Act on concerns' },
    { id: 'c2', code: '2.2b', kind: 'competence', text: 'Respond to a complaint', simulationAllowed: true, outcomeCode: '2.2', outcomeText: 'Act on concerns' },
  ],
  buddies: [
    { buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Alex', lastName: 'Brown' },
    { buddyId: 'b2', prisonNumber: 'B2345CD', firstName: 'Sam', lastName: 'Jones' },
    { buddyId: 'b3', prisonNumber: 'C3456DE', firstName: 'Kai', lastName: 'Patel' },
  ],
  current: [
    {
      id: 'd1',
      buddyId: 'b1',
      criterionId: 'k1',
      criterionCode: '2.1a',
      outcome: 'met',
      method: 'observation',
      assessedOn: '2026-03-12',
      evidenceNote: 'Explained clearly',
      assessorName: 'Tess Trainer',
      recordedAt: '2026-03-12T10:00:00Z',
      current: true,
    },
  ],
};

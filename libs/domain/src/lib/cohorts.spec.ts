import { cohortPermissions, cohortProblems, cohortStatus, sessionProblems } from './cohorts';
import type { ScopedRole } from './scope';

const EXI = { code: 'EXI', clusterCode: 'devon' };
const at = (role: ScopedRole['role'], prisonCode = 'EXI'): ScopedRole => ({ role, scope: 'prison', prisonCode });

describe('cohort dates and capacity', () => {
  it('derives the status from today', () => {
    expect(cohortStatus('2026-03-01', '2026-05-31', '2026-02-28')).toBe('planned');
    expect(cohortStatus('2026-03-01', '2026-05-31', '2026-03-01')).toBe('running');
    expect(cohortStatus('2026-03-01', '2026-05-31', '2026-05-31')).toBe('running');
    expect(cohortStatus('2026-03-01', '2026-05-31', '2026-06-01')).toBe('finished');
  });
  it('refuses an end before the start and a capacity under one, together', () => {
    expect(cohortProblems({ startsOn: '2026-03-02', endsOn: '2026-03-01', capacity: 0 }).map((p) => p.field)).toEqual(['endsOn', 'capacity']);
    expect(cohortProblems({ startsOn: '2026-03-01', endsOn: '2026-03-01', capacity: 1 })).toEqual([]);
  });
  it('keeps sessions inside the cohort and ending after they start', () => {
    const cohort = { startsOn: '2026-03-01', endsOn: '2026-05-31' };
    expect(sessionProblems({ heldOn: '2026-03-01', startsAt: '09:00', endsAt: '09:01' }, cohort)).toEqual([]);
    expect(sessionProblems({ heldOn: '2026-06-01', startsAt: '10:00', endsAt: '10:00' }, cohort).map((p) => p.field)).toEqual(['heldOn', 'endsAt']);
    expect(sessionProblems({ heldOn: '2026-04-01', startsAt: '25:00', endsAt: '9am' }, cohort).map((p) => p.field)).toEqual(['startsAt', 'endsAt']);
  });
});

describe('who may do what with a cohort', () => {
  it.each([
    ['coordinator at the prison', [at('coordinator')], null, { read: true, enrol: true, schedule: true, registerAttendance: true, assess: false }],
    ['coordinator elsewhere', [at('coordinator', 'HLI')], null, { read: false, enrol: false, schedule: false, registerAttendance: false, assess: false }],
    ['trainer delivering it', [at('trainer')], 'trainer', { read: true, enrol: false, schedule: true, registerAttendance: true, assess: true }],
    ['assessor on it', [at('trainer')], 'assessor', { read: true, enrol: false, schedule: false, registerAttendance: false, assess: true }],
    ['trainer not on it', [at('trainer')], null, { read: false, enrol: false, schedule: false, registerAttendance: false, assess: false }],
    ['on it but no longer a trainer at the prison', [at('trainer', 'DAI')], 'trainer', { read: false, enrol: false, schedule: false, registerAttendance: false, assess: false }],
    ['cluster auditor', [{ role: 'auditor', scope: 'cluster', clusterCode: 'devon' }], null, { read: true, enrol: false, schedule: false, registerAttendance: false, assess: false }],
    ['national admin', [{ role: 'admin', scope: 'national' }], null, { read: true, enrol: false, schedule: false, registerAttendance: false, assess: false }],
  ] as const)('%s', (_who, roles, staffRole, expected) => {
    expect(cohortPermissions(roles as unknown as ScopedRole[], EXI, staffRole)).toEqual(expected);
  });
});

import { applicableActions, buddyAllocationOutcome, nextStep, type BuddyAllocationFacts, type NextStepFacts } from './next-step';

/** Approved, not yet enrolled: the start of every case below. */
const approved: NextStepFacts = {
  released: false,
  selectionStatus: 'approved',
  certificate: null,
  inTraining: false,
  enrolled: false,
  eligibility: { allowed: false, reasons: [{ code: 'NOT_ENROLLED' }] },
  supervision: 'not_started',
  allocation: null,
};
const step = (change: Partial<NextStepFacts>) => nextStep({ ...approved, ...change });
const training = { enrolled: true, inTraining: true, supervision: 'up_to_date' } as const;
const certified = { certificate: 'valid', enrolled: true, supervision: 'up_to_date', eligibility: { allowed: false, reasons: [{ code: 'ALREADY_CERTIFIED' }] } } as const;

describe('nextStep', () => {
  it.each([
    ['an applicant: the selection decision', { selectionStatus: 'applied', eligibility: null }, 'decide-selection'],
    ['declined: nothing', { selectionStatus: 'declined' }, 'none'],
    ['released, whatever else holds: nothing', { released: true, certificate: 'valid', supervision: 'overdue' }, 'none'],
    ['approved, no place: enrol', {}, 'enrol'],
    ['approved, eligibility still loading: enrol', { eligibility: null }, 'enrol'],
    ['withdrawn from the only place: enrol again', { enrolled: false, inTraining: false }, 'enrol'],
    ['a place on a cohort yet to start: wait for it', { enrolled: true, supervision: 'not_started' }, 'await-training'],
    ['in training, modules to do: assessment', { ...training, eligibility: { allowed: false, reasons: [{ code: 'MODULES_INCOMPLETE' }, { code: 'NO_SUPERVISION_DURING_TRAINING' }] } }, 'record-assessment'],
    ['in training, attendance short: training to complete', { ...training, eligibility: { allowed: false, reasons: [{ code: 'ATTENDANCE_BELOW_THRESHOLD' }] } }, 'record-assessment'],
    ['in training, only supervision missing: supervision', { ...training, eligibility: { allowed: false, reasons: [{ code: 'NO_SUPERVISION_DURING_TRAINING' }] } }, 'record-supervision'],
    ['in training, supervision overdue: supervision first', { ...training, supervision: 'overdue', eligibility: { allowed: false, reasons: [{ code: 'MODULES_INCOMPLETE' }] } }, 'record-supervision'],
    ['eligible: issue the certificate', { ...training, eligibility: { allowed: true, reasons: [] } }, 'issue-certificate'],
    ['eligible after the cohort ended: issue the certificate', { enrolled: true, supervision: 'up_to_date', eligibility: { allowed: true, reasons: [] } }, 'issue-certificate'],
    ['trained, certificate revoked: nothing more', { enrolled: true, supervision: 'up_to_date', certificate: 'revoked', eligibility: { allowed: false, reasons: [{ code: 'CERTIFICATE_REVOKED' }] } }, 'none'],
    ['certified, supervised, gate open: allocate', { ...certified, allocation: { allowed: true } }, 'allocate'],
    ['certified, gate closed (hours at the cap): nothing', { ...certified, allocation: { allowed: false } }, 'none'],
    ['certified, supervision due this week: supervision', { ...certified, supervision: 'due_soon', allocation: { allowed: true } }, 'record-supervision'],
    ['certified, supervision overdue: supervision', { ...certified, supervision: 'overdue', allocation: { allowed: false } }, 'record-supervision'],
    ['certificate suspended: review the concern', { ...certified, certificate: 'suspended' }, 'review-concern'],
    ['certificate expired: renew', { ...certified, certificate: 'expired' }, 'renew'],
    ['certificate expired but training again: the training comes first', { ...training, certificate: 'expired', eligibility: { allowed: false, reasons: [{ code: 'MODULES_INCOMPLETE' }] } }, 'record-assessment'],
  ] as [string, Partial<NextStepFacts>, string][])('%s', (_case, change, expected) => {
    expect(step(change)).toBe(expected);
  });
});

describe('applicableActions', () => {
  it('offers no supervision and no allocation to an applicant, the declined or the released', () => {
    for (const change of [{ selectionStatus: 'applied' }, { selectionStatus: 'declined' }, { released: true, certificate: 'valid' }] as Partial<NextStepFacts>[]) {
      const actions = applicableActions({ ...approved, ...change });
      expect([actions.recordSupervision, actions.allocate]).toEqual([false, false]);
    }
    expect(applicableActions({ ...approved, selectionStatus: 'applied' }).enrol).toBe(false);
  });

  it('offers enrolment once approved, supervision once on a cohort, and allocation only with a valid certificate', () => {
    expect(applicableActions(approved)).toEqual({ recordSupervision: false, allocate: false, enrol: true });
    expect(applicableActions({ ...approved, enrolled: true })).toEqual({ recordSupervision: true, allocate: false, enrol: true });
    expect(applicableActions({ ...approved, ...training })).toEqual({ recordSupervision: true, allocate: false, enrol: true });
    expect(applicableActions({ ...approved, certificate: 'valid' })).toEqual({ recordSupervision: true, allocate: true, enrol: true });
    expect(applicableActions({ ...approved, certificate: 'suspended' }).allocate).toBe(false);
    expect(applicableActions({ ...approved, certificate: 'expired' })).toEqual({ recordSupervision: true, allocate: false, enrol: true });
  });
});

describe('buddyAllocationOutcome', () => {
  const ok: BuddyAllocationFacts = {
    certificate: { status: 'valid', number: 'PP-EXI-2026-00001', expiresOn: '2028-03-03' },
    released: false,
    selectionApproved: true,
    prisonCode: 'EXI',
    supervision: { state: 'up_to_date', daysOverdue: 0 },
    activeWeeklyHours: 4,
    weeklyHoursCap: 10,
  };

  it('is the gate asked about the smallest allocation at the buddy’s prison', () => {
    expect(buddyAllocationOutcome(ok)).toEqual({ allowed: true, reasons: [] });
    expect(buddyAllocationOutcome({ ...ok, activeWeeklyHours: 9.5 }).allowed).toBe(true);
    expect(buddyAllocationOutcome({ ...ok, activeWeeklyHours: 10 }).reasons.map((r) => r.code)).toEqual(['OVER_WEEKLY_HOURS_CAP']);
  });

  it('keeps only the buddy’s own reasons, every one of them', () => {
    const outcome = buddyAllocationOutcome({ ...ok, certificate: null, released: true, selectionApproved: false, supervision: { state: 'overdue', daysOverdue: 3 }, activeWeeklyHours: 12 });
    expect(outcome.reasons.map((r) => r.code)).toEqual(['BUDDY_RECORD_CLOSED', 'SELECTION_NOT_APPROVED', 'NO_CERTIFICATE', 'SUPERVISION_OVERDUE', 'OVER_WEEKLY_HOURS_CAP']);
  });
});

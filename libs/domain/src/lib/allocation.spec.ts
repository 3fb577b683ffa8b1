import { allocationGate, type AllocationFacts } from './allocation';

const ok: AllocationFacts = {
  certificate: { status: 'valid', number: 'PP-EXI-2026-00001', expiresOn: '2028-03-03' },
  buddyRecordClosed: false,
  selectionApproved: true,
  buddyPrison: 'EXI',
  recipientPrison: 'EXI',
  coordinatorPrisons: ['EXI', 'DAI'],
  supervision: { state: 'up_to_date', daysOverdue: 0 },
  activeWeeklyHours: 4,
  plannedWeeklyHours: 6,
  weeklyHoursCap: 10,
  tasks: ['collecting_meals'],
  alreadyAllocatedToRecipient: false,
};
const gate = (change: Partial<AllocationFacts>) => allocationGate({ ...ok, ...change });

describe('the allocation gate', () => {
  it('lets a certified, supervised buddy at the same prison within the cap through', () => {
    expect(allocationGate(ok)).toEqual({ allowed: true, reasons: [] });
  });

  it.each([
    ['no certificate', { certificate: null }, 'NO_CERTIFICATE', 'The buddy does not hold a certificate'],
    ['an expired certificate', { certificate: { status: 'expired', number: 'PP-EXI-2024-00007', expiresOn: '2026-03-02' } }, 'CERTIFICATE_EXPIRED', 'Certificate PP-EXI-2024-00007 expired on 2 March 2026'],
    ['a suspended certificate', { certificate: { status: 'suspended', number: 'PP-EXI-2026-00003', expiresOn: '2028-01-01' } }, 'CERTIFICATE_SUSPENDED', 'Certificate PP-EXI-2026-00003 is suspended'],
    ['a revoked certificate', { certificate: { status: 'revoked', number: 'PP-EXI-2026-00004', expiresOn: '2028-01-01' } }, 'CERTIFICATE_REVOKED', 'Certificate PP-EXI-2026-00004 has been revoked'],
    ['a closed record', { buddyRecordClosed: true }, 'BUDDY_RECORD_CLOSED', 'The buddy’s record is closed'],
    ['selection since declined', { selectionApproved: false }, 'SELECTION_NOT_APPROVED', 'The buddy is not approved at selection'],
    ['supervision a day overdue', { supervision: { state: 'overdue', daysOverdue: 1 } }, 'SUPERVISION_OVERDUE', 'Supervision is 1 day overdue'],
    ['one hour over the cap', { plannedWeeklyHours: 7 }, 'OVER_WEEKLY_HOURS_CAP', 'This would make 11 hours a week (4 hours already allocated); the cap is 10 hours'],
    ['no tasks', { tasks: [] }, 'NO_TASKS', 'Choose at least one task'],
    ['already allocated to them', { alreadyAllocatedToRecipient: true }, 'ALREADY_ALLOCATED_TO_RECIPIENT', 'The buddy is already allocated to this person'],
  ] as [string, Partial<AllocationFacts>, string, string][])('refuses %s, alone', (_case, change, code, message) => {
    expect(gate(change)).toEqual({ allowed: false, reasons: [{ code, message }] });
  });

  it('allows hours exactly at the cap, and supervision due today', () => {
    expect(gate({ plannedWeeklyHours: 6, activeWeeklyHours: 4 }).allowed).toBe(true);
    expect(gate({ supervision: { state: 'due_soon', daysOverdue: 0 } }).allowed).toBe(true);
  });

  it('refuses a recipient at another prison, naming both problems', () => {
    expect(gate({ recipientPrison: 'DAI' }).reasons.map((r) => r.code)).toEqual(['DIFFERENT_PRISONS']);
    expect(gate({ recipientPrison: 'HLI' }).reasons.map((r) => r.code)).toEqual(['RECIPIENT_NOT_AT_YOUR_PRISON', 'DIFFERENT_PRISONS']);
    expect(gate({ buddyPrison: 'HLI', recipientPrison: 'HLI' }).reasons.map((r) => r.code)).toEqual(['BUDDY_NOT_AT_YOUR_PRISON', 'RECIPIENT_NOT_AT_YOUR_PRISON']);
  });

  it('lists every reason at once', () => {
    const outcome = gate({ certificate: null, supervision: { state: 'overdue', daysOverdue: 12 }, plannedWeeklyHours: 20, recipientPrison: 'DAI' });
    expect(outcome.allowed).toBe(false);
    expect(outcome.reasons.map((r) => r.code)).toEqual(['NO_CERTIFICATE', 'DIFFERENT_PRISONS', 'SUPERVISION_OVERDUE', 'OVER_WEEKLY_HOURS_CAP']);
  });
});

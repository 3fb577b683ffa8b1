import { statusChangeProblem, certificateExpiry, certificateNumber, certificateStatus, certificationEligibility, initials, type EligibilityFacts } from './certification';

const eligible: EligibilityFacts = {
  selectionStatus: 'approved',
  recordClosed: false,
  training: { programmeTitle: 'Buddy Support Worker', incompleteModules: [], attendanceRatePercent: 92, supervisionsDuringTraining: 1 },
  attendanceThresholdPercent: 80,
  existingCertificate: null,
  revokedCertificate: null,
};
const codes = (facts: EligibilityFacts) => certificationEligibility(facts).reasons.map((r) => r.code);
const withTraining = (training: Partial<NonNullable<EligibilityFacts['training']>>): EligibilityFacts => ({ ...eligible, training: { ...(eligible.training as NonNullable<EligibilityFacts['training']>), ...training } });

describe('certification eligibility', () => {
  it('allows a buddy who meets every rule', () => {
    expect(certificationEligibility(eligible)).toEqual({ allowed: true, reasons: [] });
  });

  it.each([
    ['selection not approved', { ...eligible, selectionStatus: 'applied' as const }, 'SELECTION_NOT_APPROVED', 'The buddy has not been approved at selection'],
    ['record closed', { ...eligible, recordClosed: true }, 'RECORD_CLOSED', 'The buddy’s record is closed'],
    ['never enrolled', { ...eligible, training: null }, 'NOT_ENROLLED', 'The buddy has not been enrolled on a programme'],
    ['one module left', withTraining({ incompleteModules: [{ number: 14, title: 'Safeguarding' }] }), 'MODULES_INCOMPLETE', '1 module is not complete (14)'],
    [
      'many modules left',
      withTraining({ incompleteModules: [1, 2, 3, 4, 5, 6, 7].map((number) => ({ number, title: '' })) }),
      'MODULES_INCOMPLETE',
      '7 modules are not complete (1, 2, 3, 4, 5 and 2 more)',
    ],
    ['attendance just under', withTraining({ attendanceRatePercent: 79 }), 'ATTENDANCE_BELOW_THRESHOLD', 'Attendance is 79%; at least 80% is needed'],
    ['no attendance recorded', withTraining({ attendanceRatePercent: null }), 'ATTENDANCE_BELOW_THRESHOLD', 'No attendance has been recorded; at least 80% is needed'],
    ['no supervision', withTraining({ supervisionsDuringTraining: 0 }), 'NO_SUPERVISION_DURING_TRAINING', 'The buddy has had no supervision session during training'],
    ['a revoked certificate', { ...eligible, revokedCertificate: 'PP-EXI-2026-00003' }, 'CERTIFICATE_REVOKED', 'Certificate PP-EXI-2026-00003 for this programme version was revoked, so it cannot be issued again'],
    ['already certified', { ...eligible, existingCertificate: 'PP-EXI-2026-00001' }, 'ALREADY_CERTIFIED', 'The buddy already holds certificate PP-EXI-2026-00001 for this programme version'],
  ])('refuses when %s, alone', (_case, facts, code, message) => {
    expect(certificationEligibility(facts)).toEqual({ allowed: false, reasons: [{ code, message }] });
  });

  it('allows attendance exactly at the threshold', () => {
    expect(certificationEligibility(withTraining({ attendanceRatePercent: 80 })).allowed).toBe(true);
    expect(certificationEligibility({ ...withTraining({ attendanceRatePercent: 85 }), attendanceThresholdPercent: 90 }).reasons[0].code).toBe('ATTENDANCE_BELOW_THRESHOLD');
  });

  it('lists every unmet reason at once', () => {
    expect(codes({ ...withTraining({ incompleteModules: [{ number: 3, title: '' }], attendanceRatePercent: 50, supervisionsDuringTraining: 0 }), selectionStatus: 'declined' })).toEqual([
      'SELECTION_NOT_APPROVED',
      'MODULES_INCOMPLETE',
      'ATTENDANCE_BELOW_THRESHOLD',
      'NO_SUPERVISION_DURING_TRAINING',
    ]);
  });
});

describe('certificates', () => {
  it('derives expiry: valid up to and including the expiry date', () => {
    expect(certificateStatus('valid', '2028-03-03', '2028-03-03')).toBe('valid');
    expect(certificateStatus('valid', '2028-03-03', '2028-03-04')).toBe('expired');
    expect(certificateStatus('suspended', '2028-03-03', '2026-04-01')).toBe('suspended');
    expect(certificateStatus('revoked', '2028-03-03', '2029-01-01')).toBe('revoked');
  });
  it('expires after the validity period', () => {
    expect(certificateExpiry('2026-03-03', 24)).toBe('2028-03-03');
    expect(certificateExpiry('2028-02-29', 12)).toBe('2029-02-28');
  });
  it('numbers certificates per prison and year', () => {
    expect(certificateNumber('EXI', 2026, 42)).toBe('PP-EXI-2026-00042');
    expect(certificateNumber('DAI', 2027, 123456)).toBe('PP-DAI-2027-123456');
  });
  it('shows only initials to verifiers', () => {
    expect(initials('aaron', ' Blake')).toBe('A. B.');
  });
});

describe('certificate status changes', () => {
  it.each([
    ['suspend', 'valid', null],
    ['suspend', 'suspended', 'The certificate is already suspended'],
    ['suspend', 'expired', 'The certificate has expired, so there is nothing to suspend'],
    ['suspend', 'revoked', 'The certificate has been revoked: it cannot change again'],
    ['reinstate', 'suspended', null],
    ['reinstate', 'valid', 'The certificate is not suspended'],
    ['reinstate', 'expired', 'The certificate has expired: it cannot be reinstated'],
    ['revoke', 'valid', null],
    ['revoke', 'suspended', null],
    ['revoke', 'expired', null],
    ['revoke', 'revoked', 'The certificate has been revoked: it cannot change again'],
  ] as const)('%s a %s certificate → %s', (change, current, problem) => {
    expect(statusChangeProblem(change, current)).toBe(problem);
  });
});

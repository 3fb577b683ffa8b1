import type { CertificateStatus } from '@peerpath/contracts';
import {
  bestCertificate,
  certificateExpiry,
  certificateNumber,
  certificateStatus,
  certificationEligibility,
  initials,
  refresherRemet,
  renewalEligibility,
  statusChangeProblem,
  supervisedWithin,
  type EligibilityFacts,
  type RenewalFacts,
} from './certification';
import { attendanceFigures } from './progress';

const eligible: EligibilityFacts = {
  selectionStatus: 'approved',
  recordClosed: false,
  training: { programmeTitle: 'Buddy Support Worker', incompleteModules: [], attendance: attendanceFigures({ present: 23, absent: 2 }), supervisionsDuringTraining: 1 },
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

  it.each<[string, EligibilityFacts, string, string]>([
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
    ['attendance just under', withTraining({ attendance: attendanceFigures({ present: 79, absent: 21 }) }), 'ATTENDANCE_BELOW_THRESHOLD', 'Attendance is 79%; at least 80% is needed'],
    ['no attendance recorded', withTraining({ attendance: attendanceFigures({ excused: 3 }) }), 'ATTENDANCE_BELOW_THRESHOLD', 'No attendance has been recorded; at least 80% is needed'],
    ['no supervision', withTraining({ supervisionsDuringTraining: 0 }), 'NO_SUPERVISION_DURING_TRAINING', 'The buddy has had no supervision session during training'],
    ['a revoked certificate', { ...eligible, revokedCertificate: 'PP-EXI-2026-00003' }, 'CERTIFICATE_REVOKED', 'Certificate PP-EXI-2026-00003 for this programme version was revoked, so it cannot be issued again'],
    [
      'already certified',
      { ...eligible, existingCertificate: { number: 'PP-EXI-2026-00001', status: 'valid', expiresOn: '2028-03-03' } },
      'ALREADY_CERTIFIED',
      'The buddy already holds certificate PP-EXI-2026-00001 for this programme version, valid until 3 March 2028',
    ],
    [
      'holding a suspended certificate',
      { ...eligible, existingCertificate: { number: 'PP-EXI-2026-00001', status: 'suspended', expiresOn: '2028-03-03' } },
      'ALREADY_CERTIFIED',
      'The buddy already holds certificate PP-EXI-2026-00001 for this programme version (suspended)',
    ],
    [
      'the certificate has expired (renewal, not a new issue)',
      { ...eligible, existingCertificate: { number: 'PP-EXI-2024-00001', status: 'expired', expiresOn: '2026-11-01' } },
      'RENEW_INSTEAD',
      'Certificate PP-EXI-2024-00001 expired on 1 November 2026: renew it by refresher instead',
    ],
  ])('refuses when %s, alone', (_case, facts, code, message) => {
    expect(certificationEligibility(facts)).toEqual({ allowed: false, reasons: [{ code, message }] });
  });

  it('allows attendance exactly at the threshold', () => {
    expect(certificationEligibility(withTraining({ attendance: attendanceFigures({ present: 4, absent: 1 }) })).allowed).toBe(true);
    expect(certificationEligibility({ ...withTraining({ attendance: attendanceFigures({ present: 17, absent: 3 }) }), attendanceThresholdPercent: 90 }).reasons[0].code).toBe('ATTENDANCE_BELOW_THRESHOLD');
  });

  it('lists every unmet reason at once', () => {
    expect(codes({ ...withTraining({ incompleteModules: [{ number: 3, title: '' }], attendance: attendanceFigures({ present: 1, absent: 1 }), supervisionsDuringTraining: 0 }), selectionStatus: 'declined' })).toEqual([
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

describe('which certificate speaks for the buddy', () => {
  const cert = (status: CertificateStatus, issuedOn: string) => ({ status, issuedOn });
  it('prefers one in force, then a suspended one, then the latest of the rest; a superseded one last', () => {
    expect(bestCertificate([cert('expired', '2026-01-01'), cert('valid', '2025-01-01'), cert('suspended', '2026-02-01')])).toEqual(cert('valid', '2025-01-01'));
    expect(bestCertificate([cert('expired', '2026-01-01'), cert('suspended', '2024-02-01')])).toEqual(cert('suspended', '2024-02-01'));
    expect(bestCertificate([cert('revoked', '2025-01-01'), cert('expired', '2026-01-01')])).toEqual(cert('expired', '2026-01-01'));
    expect(bestCertificate([cert('superseded', '2026-06-01'), cert('expired', '2026-01-01')])).toEqual(cert('expired', '2026-01-01'));
    expect(bestCertificate([])).toBeNull();
  });
  it('keeps a suspended certificate suspended past its expiry, and only a valid one expires', () => {
    expect(certificateStatus('suspended', '2026-01-01', '2026-06-01')).toBe('suspended');
    expect(certificateStatus('valid', '2026-06-01', '2026-06-01')).toBe('valid');
    expect(certificateStatus('valid', '2026-06-01', '2026-06-02')).toBe('expired');
    expect(certificateStatus('superseded', '2030-01-01', '2026-06-02')).toBe('superseded');
  });
});

describe('renewal by refresher', () => {
  const ready: RenewalFacts = {
    recordClosed: false,
    selectionApproved: true,
    certificate: { number: 'PP-EXI-2024-00007', status: 'expired', issuedOn: '2024-10-20' },
    refresherCriteria: [
      { code: '8.1.1', metOn: '2026-11-10' },
      { code: '9.1.1', metOn: '2024-10-20' },
    ],
    lastSupervisedOn: '2026-11-20',
    intervalDays: 28,
    today: '2026-12-01',
  };
  const codes = (facts: RenewalFacts) => renewalEligibility(facts).reasons.map((r) => r.code);

  it('renews an expired certificate, or one still valid, once the refreshers are met again and supervision is recent', () => {
    expect(renewalEligibility(ready)).toEqual({ allowed: true, reasons: [] });
    expect(renewalEligibility({ ...ready, certificate: { ...ready.certificate, status: 'valid' } }).allowed).toBe(true);
  });
  it('counts a refresher met on the day of issue or later, and not one met before', () => {
    expect(refresherRemet('2024-10-20', '2024-10-20')).toBe(true);
    expect(refresherRemet('2024-10-19', '2024-10-20')).toBe(false);
    expect(refresherRemet(null, '2024-10-20')).toBe(false);
  });
  it('counts supervision within the interval, up to and including its last day', () => {
    expect(supervisedWithin('2026-11-03', 28, '2026-12-01')).toBe(true);
    expect(supervisedWithin('2026-11-02', 28, '2026-12-01')).toBe(false);
    expect(supervisedWithin(null, 28, '2026-12-01')).toBe(false);
  });
  it.each<[string, Partial<RenewalFacts>, string, string]>([
    ['the record is closed', { recordClosed: true }, 'RECORD_CLOSED', 'The buddy’s record is closed'],
    ['not approved', { selectionApproved: false }, 'SELECTION_NOT_APPROVED', 'The buddy is not approved at selection'],
    ['suspended', { certificate: { ...ready.certificate, status: 'suspended' } }, 'CERTIFICATE_SUSPENDED', 'Certificate PP-EXI-2024-00007 is suspended: review the concern first'],
    ['revoked', { certificate: { ...ready.certificate, status: 'revoked' } }, 'CERTIFICATE_REVOKED', 'Certificate PP-EXI-2024-00007 was revoked, so it cannot be renewed'],
    ['already renewed', { certificate: { ...ready.certificate, status: 'superseded' } }, 'CERTIFICATE_SUPERSEDED', 'Certificate PP-EXI-2024-00007 has already been renewed'],
    ['no refresher criteria', { refresherCriteria: [] }, 'NO_REFRESHER_CRITERIA', 'This programme version has no refresher criteria: an admin marks them in the programme editor'],
    [
      'a refresher met only before the certificate',
      { refresherCriteria: [{ code: '8.1.1', metOn: '2024-09-01' }, { code: '9.1.1', metOn: null }] },
      'REFRESHER_NOT_MET',
      '2 refresher criteria have not been met again since 20 October 2024 (8.1.1, 9.1.1)',
    ],
    ['supervision too long ago', { lastSupervisedOn: '2026-10-01' }, 'NOT_SUPERVISED_RECENTLY', 'The buddy has not been supervised in the last 28 days (the last was on 1 October 2026)'],
    ['never supervised', { lastSupervisedOn: null }, 'NOT_SUPERVISED_RECENTLY', 'The buddy has not been supervised in the last 28 days (none is recorded)'],
  ])('refuses when %s, alone', (_case, change, code, message) => {
    expect(renewalEligibility({ ...ready, ...change })).toEqual({ allowed: false, reasons: [{ code, message }] });
  });
  it('lists every reason at once', () => {
    expect(codes({ ...ready, recordClosed: true, certificate: { ...ready.certificate, status: 'suspended' }, refresherCriteria: [{ code: '8.1.1', metOn: null }], lastSupervisedOn: null })).toEqual([
      'RECORD_CLOSED',
      'CERTIFICATE_SUSPENDED',
      'REFRESHER_NOT_MET',
      'NOT_SUPERVISED_RECENTLY',
    ]);
  });
});

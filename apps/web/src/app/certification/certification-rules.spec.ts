import type { CertificateStatus, EligibilityView } from '@peerpath/contracts';
import { certificateActions } from '@peerpath/web/certification/certificate-list';
import { eligibilityFacts, eligibilityPanelState } from '@peerpath/web/certification/eligibility-panel';
import { reasonOf } from '@peerpath/web/certification/status-change-form';

describe('certificateActions', () => {
  it.each<[CertificateStatus, string[]]>([
    ['valid', ['Suspend certificate', 'Revoke certificate']],
    ['suspended', ['Reinstate certificate', 'Revoke certificate']],
    ['expired', ['Revoke certificate']],
    ['revoked', []],
  ])('offers for a %s certificate: %j', (status, texts) => {
    expect(certificateActions(status, true).map((a) => a.text)).toEqual(texts);
  });

  it('offers nothing to someone who may not change it', () => {
    expect(certificateActions('valid', false)).toEqual([]);
  });

  it('offers only revocation on a released buddy’s closed record', () => {
    expect(certificateActions('valid', true, true).map((a) => a.text)).toEqual(['Revoke certificate']);
    expect(certificateActions('suspended', true, true).map((a) => a.text)).toEqual(['Revoke certificate']);
    expect(certificateActions('revoked', true, true)).toEqual([]);
  });
});

describe('eligibility panel', () => {
  const reason = (code: EligibilityView['reasons'][number]['code']) => ({ code, message: code });

  it('offers the button only when eligible and the person may issue', () => {
    expect(eligibilityPanelState({ allowed: true, reasons: [] }, true)).toBe('issue');
    expect(eligibilityPanelState({ allowed: true, reasons: [] }, false)).toBe('ready');
  });

  it('treats "already certified" alone as certified, and anything else as blocked', () => {
    expect(eligibilityPanelState({ allowed: false, reasons: [reason('ALREADY_CERTIFIED')] }, true)).toBe('certified');
    expect(eligibilityPanelState({ allowed: false, reasons: [reason('ALREADY_CERTIFIED'), reason('RECORD_CLOSED')] }, true)).toBe('blocked');
    expect(eligibilityPanelState({ allowed: false, reasons: [reason('MODULES_INCOMPLETE')] }, true)).toBe('blocked');
  });

  it('lists the facts behind the answer', () => {
    const view: EligibilityView = {
      buddyId: 'b1',
      allowed: false,
      reasons: [],
      programmeVersionId: 'v1',
      programmeTitle: 'Buddy Support Worker',
      versionLabel: '2026.1',
      modulesComplete: 13,
      modulesTotal: 14,
      attendanceRatePercent: null,
      attendanceThresholdPercent: 80,
      supervisionsDuringTraining: 1,
    };
    expect(eligibilityFacts(view)).toEqual([
      'Buddy Support Worker (2026.1)',
      'Modules complete: 13 of 14',
      'Attendance: none recorded (at least 80% needed)',
      'Supervision during training: 1 session',
    ]);
    expect(eligibilityFacts({ ...view, programmeTitle: null })).toEqual([]);
  });
});

describe('reasonOf', () => {
  it('needs a reason of at most 500 characters', () => {
    expect(reasonOf(' Concern resolved ', 'Enter a reason')).toEqual({ reason: 'Concern resolved' });
    expect(reasonOf('  ', 'Enter a reason').errors).toEqual([{ field: 'reason', text: 'Enter a reason' }]);
    expect(reasonOf('x'.repeat(501), 'Enter a reason').errors?.[0].text).toBe('The reason must be 500 characters or fewer');
  });
});

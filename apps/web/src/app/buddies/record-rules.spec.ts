import type { CertificateStatus, EligibilityView } from '@peerpath/contracts';
import { certificateActions } from '@peerpath/web/buddies/certificate-list';
import { eligibilityFacts, eligibilityPanelState } from '@peerpath/web/buddies/eligibility-panel';
import { moveConsequences, OTHER_PRISON, transferTargetOf } from '@peerpath/web/buddies/moves';
import { pinOf, reasonOf, supervisionFieldId, supervisionRequestOf } from '@peerpath/web/buddies/record-forms';
import { supervisionStatusText } from '@peerpath/web/buddies/record-labels';

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

describe('supervisionStatusText', () => {
  it('says when the next is due, or how late it is', () => {
    expect(supervisionStatusText({ state: 'up_to_date', lastSupervisedOn: '2026-03-01', nextDueOn: '2026-03-29', daysOverdue: 0 })).toBe(
      'Next supervision due by 29 March 2026',
    );
    expect(supervisionStatusText({ state: 'overdue', lastSupervisedOn: '2026-01-01', nextDueOn: '2026-01-29', daysOverdue: 1 })).toBe('Overdue by 1 day');
    expect(supervisionStatusText({ state: 'overdue', lastSupervisedOn: null, nextDueOn: '2026-01-29', daysOverdue: 12 })).toBe('Overdue by 12 days');
    expect(supervisionStatusText({ state: 'not_started', lastSupervisedOn: null, nextDueOn: null, daysOverdue: 0 })).toContain('once training starts');
  });
});

describe('supervisionRequestOf', () => {
  const filled = {
    heldOn: { day: '3', month: '3', year: '2026' },
    durationMinutes: ' 45 ',
    hoursWorkedSinceLast: '12.5',
    wellbeing: '4' as const,
    boundariesDiscussed: 'yes' as const,
    concerns: '  ',
    agreedActions: ' Meet again in four weeks ',
  };

  it('maps the form to the request, leaving out empty text', () => {
    expect(supervisionRequestOf(filled, '2026-03-10')).toEqual({
      request: { heldOn: '2026-03-03', durationMinutes: 45, hoursWorkedSinceLast: 12.5, wellbeing: 4, boundariesDiscussed: true, agreedActions: 'Meet again in four weeks' },
    });
    expect(supervisionRequestOf({ ...filled, boundariesDiscussed: 'no', hoursWorkedSinceLast: '0' }, '2026-03-10').request).toMatchObject({
      boundariesDiscussed: false,
      hoursWorkedSinceLast: 0,
    });
  });

  it('lists everything missing, each linked to its field', () => {
    const empty = { heldOn: { day: '', month: '', year: '' }, durationMinutes: '', hoursWorkedSinceLast: '', wellbeing: '' as const, boundariesDiscussed: '' as const, concerns: '', agreedActions: '' };
    expect(supervisionRequestOf(empty, '2026-03-10').errors?.map((e) => e.field)).toEqual([
      'heldOn-day',
      'durationMinutes',
      'hoursWorkedSinceLast',
      'wellbeing-1',
      'boundariesDiscussed-yes',
    ]);
  });

  it('refuses a future date, odd durations and hours', () => {
    const result = supervisionRequestOf({ ...filled, heldOn: { day: '11', month: '3', year: '2026' }, durationMinutes: '2', hoursWorkedSinceLast: '12.25' }, '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'heldOn-day', text: 'The date of the supervision cannot be in the future' },
      { field: 'durationMinutes', text: 'A supervision lasts between 5 and 480 minutes' },
      { field: 'hoursWorkedSinceLast', text: 'Enter the hours as a number, like 12 or 12.5' },
    ]);
    expect(supervisionRequestOf({ ...filled, durationMinutes: '30.5', hoursWorkedSinceLast: '401' }, '2026-03-10').errors?.map((e) => e.text)).toEqual([
      'Enter the duration in whole minutes, like 30',
      'Hours worked since the last supervision can be at most 400',
    ]);
  });

  it("links the API's field errors to the page's fields", () => {
    expect(['heldOn', 'wellbeing', 'boundariesDiscussed', 'hoursWorkedSinceLast', 'other'].map(supervisionFieldId)).toEqual([
      'heldOn-day',
      'wellbeing-1',
      'boundariesDiscussed-yes',
      'hoursWorkedSinceLast',
      null,
    ]);
  });
});

describe('pinOf and reasonOf', () => {
  it("checks the PIN by the domain's rule", () => {
    expect(pinOf(' 246810 ')).toEqual({ pin: '246810' });
    expect(pinOf('').errors).toEqual([{ field: 'pin', text: 'Enter a PIN of 6 to 12 digits' }]);
    expect(pinOf('12345').errors).toEqual([{ field: 'pin', text: 'The PIN must be 6 to 12 digits' }]);
    expect(pinOf('123456').errors?.[0].text).toContain('not one digit repeated');
  });

  it('needs a reason of at most 500 characters', () => {
    expect(reasonOf(' Concern resolved ', 'Enter a reason')).toEqual({ reason: 'Concern resolved' });
    expect(reasonOf('  ', 'Enter a reason').errors).toEqual([{ field: 'reason', text: 'Enter a reason' }]);
    expect(reasonOf('x'.repeat(501), 'Enter a reason').errors?.[0].text).toBe('The reason must be 500 characters or fewer');
  });
});

describe('moves', () => {
  it('chooses a listed prison, or a typed code for another', () => {
    expect(transferTargetOf('DAI', '', 'EXI')).toEqual({ code: 'DAI' });
    expect(transferTargetOf(OTHER_PRISON, ' hli ', 'EXI')).toEqual({ code: 'HLI' });
    expect(transferTargetOf('', '', 'EXI').error?.field).toBe('toPrisonCode');
    expect(transferTargetOf(OTHER_PRISON, 'Hull', 'EXI').error).toEqual({ field: 'otherPrisonCode', text: 'Enter a prison code of three letters, like HLI' });
    expect(transferTargetOf(OTHER_PRISON, 'exi', 'EXI').error?.text).toBe('The buddy is already at that prison');
  });

  it('says what a move ended', () => {
    expect(moveConsequences({ allocationsEnded: 2, enrolmentsWithdrawn: 0 })).toEqual(['2 allocations ended.', 'No training in progress needed withdrawing.']);
    expect(moveConsequences({ allocationsEnded: 0, enrolmentsWithdrawn: 1 })[1]).toBe('Withdrawn from 1 cohort in progress; the training record is kept.');
  });
});

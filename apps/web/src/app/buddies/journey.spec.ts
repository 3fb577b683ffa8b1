import type { AllocationView, BuddyDetail, BuddyProgress, CertificateView, DecisionView, EnrolmentProgress, SupervisionView, TransferView } from '@peerpath/contracts';
import { journeyEvents, moduleCompletions } from '@peerpath/web/buddies/journey';

const buddy: BuddyDetail = {
  id: 'b1',
  prisonNumber: 'A1234BC',
  firstName: 'Sam',
  lastName: 'Jones',
  prisonCode: 'DAI',
  prisonName: 'Dartmoor',
  appliedOn: '2026-01-05',
  selectionStatus: 'approved',
  stage: 'certified',
  version: 3,
  releasedOn: null,
  selectionDecisions: [
    { id: 'd2', outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedBy: 'Chris Coordinator', decidedOn: '2026-01-12', notes: '', recordedAt: '2026-01-12T10:00:00Z' },
    { id: 'd1', outcome: 'declined', securityCheckDone: false, riskAssessmentDone: true, decidedBy: 'Chris Coordinator', decidedOn: '2026-01-12', notes: 'Waiting for security', recordedAt: '2026-01-12T09:00:00Z' },
  ],
};

const moduleOf = (number: number, state: 'complete' | 'in_progress') => ({
  moduleId: `m${number}`,
  number,
  title: `Module ${number} title`,
  met: state === 'complete' ? 2 : 1,
  total: 2,
  state,
  attendance: { attended: 1, absent: 0, excused: 0, ratePercent: 100 },
});

const enrolment: EnrolmentProgress = {
  enrolmentId: 'e1',
  cohortId: 'c1',
  cohortName: 'Exeter spring 2026',
  prisonName: 'Exeter',
  programmeTitle: 'Buddy Support Worker',
  versionLabel: '2026.1',
  status: 'withdrawn',
  enrolledOn: '2026-02-02',
  withdrawnOn: '2026-04-01',
  withdrawalReason: 'Transferred to Dartmoor',
  modulesComplete: 2,
  attendance: { attended: 4, absent: 0, excused: 0, ratePercent: 100 },
  modules: [moduleOf(1, 'complete'), moduleOf(2, 'complete'), moduleOf(3, 'complete'), moduleOf(4, 'in_progress')],
};

const decision = (code: string, assessedOn: string, extra: Partial<DecisionView> = {}): DecisionView => ({
  id: `${code}-${assessedOn}`,
  buddyId: 'b1',
  criterionId: code,
  criterionCode: code,
  outcome: 'met',
  method: 'workbook',
  assessedOn,
  evidenceNote: '',
  assessorName: 'Tess Trainer',
  recordedAt: `${assessedOn}T10:00:00Z`,
  current: true,
  ...extra,
});

const decisions = [
  decision('1.1.1', '2026-02-10'),
  decision('1.1.2', '2026-02-16'),
  decision('2.1.1', '2026-02-16'),
  // Superseded, and a "not yet met" in force: neither dates a completion.
  decision('3.1.1', '2026-03-30', { current: false }),
  decision('3.1.1', '2026-03-02'),
  decision('4.1.1', '2026-03-20', { outcome: 'not_yet_met' }),
];

const supervision: SupervisionView = {
  id: 's1',
  buddyId: 'b1',
  heldOn: '2026-03-01',
  supervisorName: 'Chris Coordinator',
  durationMinutes: 30,
  hoursWorkedSinceLast: 1,
  wellbeing: 4,
  boundariesDiscussed: true,
  concerns: '',
  agreedActions: '',
  recordedAt: '2026-03-01T12:00:00Z',
};

const certificate: CertificateView = {
  id: 'cert1',
  number: 'PP-EXI-2026-00042',
  buddyId: 'b1',
  prisonNumber: 'A1234BC',
  holderName: 'Sam Jones',
  programmeTitle: 'Buddy Support Worker',
  versionLabel: '2026.1',
  issuingPrisonCode: 'EXI',
  issuingPrisonName: 'Exeter',
  issuedOn: '2026-03-10',
  expiresOn: '2028-03-10',
  status: 'valid',
  issuedBy: 'Chris Coordinator',
  verificationPath: '/verify/abc',
  shortCode: 'K7QX-94MD-2R',
  history: [
    { fromStatus: 'suspended', toStatus: 'valid', reason: 'Concern resolved', changedBy: 'Chris Coordinator', changedAt: '2026-03-20T09:00:00Z' },
    { fromStatus: 'valid', toStatus: 'suspended', reason: 'Pending review', changedBy: 'Chris Coordinator', changedAt: '2026-03-15T09:00:00Z' },
  ],
  version: 3,
};

const allocation: AllocationView = {
  id: 'a1',
  buddyId: 'b1',
  buddyName: 'Sam Jones',
  buddyPrisonNumber: 'A1234BC',
  recipientId: 'r1',
  recipientName: 'Leonard Kerr',
  recipientPrisonNumber: 'G5310LK',
  prisonCode: 'EXI',
  tasks: ['collecting_meals', 'company_activities'],
  plannedWeeklyHours: 4,
  startsOn: '2026-03-11',
  status: 'ended',
  endedOn: '2026-04-01',
  endReason: 'Buddy transferred',
  allocatedBy: 'Chris Coordinator',
};

const transfer: TransferView = {
  fromPrisonCode: 'EXI',
  fromPrisonName: 'Exeter',
  toPrisonCode: 'DAI',
  toPrisonName: 'Dartmoor',
  transferredOn: '2026-04-01',
  recordedBy: 'Chris Coordinator',
};

describe('moduleCompletions', () => {
  it('dates each complete module by the day its last criterion was met, grouped by day, with the running count', () => {
    expect(moduleCompletions(enrolment, decisions)).toEqual([
      { date: '2026-02-16', modules: [{ number: 1, title: 'Module 1 title' }, { number: 2, title: 'Module 2 title' }], completeSoFar: 2 },
      { date: '2026-03-02', modules: [{ number: 3, title: 'Module 3 title' }], completeSoFar: 3 },
    ]);
  });

  it('ignores decisions from before the enrolment, and leaves out a complete module it cannot date', () => {
    const later = { ...enrolment, enrolledOn: '2026-02-12' };
    expect(moduleCompletions(later, decisions).map((g) => g.modules.map((m) => m.number))).toEqual([[1, 2], [3]]);
    expect(moduleCompletions(enrolment, [])).toEqual([]);
  });
});

describe('journeyEvents', () => {
  const progress: BuddyProgress = { buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Sam', lastName: 'Jones', enrolments: [enrolment] };

  it('puts the whole journey in one list, newest first, journey order within a day', () => {
    const events = journeyEvents({
      buddy: { ...buddy, releasedOn: '2026-05-01' },
      progress,
      decisions,
      supervisions: [supervision],
      certificates: [certificate],
      allocations: [allocation],
      transfers: [transfer],
    });

    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2026-05-01', 'Released: record closed'],
      ['2026-04-01', 'Transferred from Exeter to Dartmoor'],
      ['2026-04-01', 'Stopped supporting Leonard Kerr'],
      ['2026-04-01', 'Withdrawn from Exeter spring 2026'],
      ['2026-03-20', 'Certificate reinstated'],
      ['2026-03-15', 'Certificate suspended'],
      ['2026-03-11', 'Allocated to support Leonard Kerr'],
      ['2026-03-10', 'Certificate issued'],
      ['2026-03-02', 'Module complete'],
      ['2026-03-01', 'Supervision'],
      ['2026-02-16', '2 modules complete'],
      ['2026-02-02', 'Enrolled in Exeter spring 2026'],
      ['2026-01-12', 'Selection approved'],
      ['2026-01-12', 'Selection declined'],
      ['2026-01-05', 'Applied to be a buddy'],
    ]);
  });

  it('says who did what and the details that matter', () => {
    const events = journeyEvents({ buddy, progress, decisions, supervisions: [supervision], certificates: [certificate], allocations: [allocation], transfers: [transfer] });
    const find = (title: string) => events.find((e) => e.title === title);

    expect(find('2 modules complete')?.details).toEqual(['1. Module 1 title', '2. Module 2 title', '2 of 4 modules complete']);
    expect(find('Certificate issued')).toEqual({
      date: '2026-03-10',
      title: 'Certificate issued',
      by: 'Chris Coordinator',
      details: ['PP-EXI-2026-00042', 'Buddy Support Worker (2026.1)', 'Expires 10 March 2028'],
    });
    expect(find('Certificate suspended')?.details).toEqual(['PP-EXI-2026-00042', 'Reason: Pending review']);
    expect(find('Supervision')?.details).toEqual(['Wellbeing: Good', '1 hour worked since the last supervision', 'Limits of the role discussed']);
    expect(find('Allocated to support Leonard Kerr')?.details).toEqual(['Collecting meals, Company and activities', '4 hours a week']);
    expect(find('Selection declined')?.details).toEqual(['Security check not done, risk assessment done', 'Waiting for security']);
    expect(find('Transferred from Exeter to Dartmoor')?.by).toBe('Chris Coordinator');
  });

  it('shows only the application while nothing else has loaded, and an expiry once past it', () => {
    expect(journeyEvents({ buddy: { ...buddy, selectionDecisions: [] } }).map((e) => e.title)).toEqual(['Applied to be a buddy']);
    const expired = journeyEvents({ buddy, certificates: [{ ...certificate, status: 'expired', history: [] }] });
    expect(expired[0]).toEqual({ date: '2028-03-10', title: 'Certificate expired', by: null, details: ['PP-EXI-2026-00042'] });
  });
});

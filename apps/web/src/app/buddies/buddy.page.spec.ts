import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AllocationView,
  BuddyAccountView,
  BuddyDetail,
  BuddyProgress,
  BuddySupervision,
  CertificateView,
  CohortSummary,
  CurrentUser,
  DecisionView,
  EligibilityView,
  EnrolmentView,
  PrisonPolicyView,
  RoleAssignmentView,
  TransferView,
} from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { bannerFrom, BuddyPage, buddyActions, certificateIssuedMessage } from '@peerpath/web/buddies/buddy.page';
import { todayIso } from '@peerpath/web/govuk/dates';

const COORDINATOR: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const AUDITOR: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };

const applicant: BuddyDetail = {
  id: 'b1',
  prisonNumber: 'A1234BC',
  firstName: 'Sam',
  lastName: 'Jones',
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  appliedOn: '2026-01-05',
  selectionStatus: 'applied',
  stage: 'applied',
  version: 1,
  releasedOn: null,
  selectionDecisions: [],
};

const approved: BuddyDetail = {
  ...applicant,
  selectionStatus: 'approved',
  stage: 'approved',
  version: 2,
  selectionDecisions: [
    {
      id: 'd1',
      outcome: 'approved',
      securityCheckDone: true,
      riskAssessmentDone: true,
      decidedBy: 'Chris Coordinator',
      decidedOn: '2026-01-12',
      notes: 'Checks by security',
      recordedAt: '2026-01-12T10:00:00Z',
    },
  ],
};

interface RecordParts {
  supervisions: BuddySupervision;
  eligibility: EligibilityView;
  certificates: CertificateView[];
  decisions: DecisionView[];
  transfers: TransferView[];
  allocations: AllocationView[];
  account: BuddyAccountView;
  policy: PrisonPolicyView;
}

const notEligible: EligibilityView = {
  buddyId: 'b1',
  allowed: false,
  reasons: [{ code: 'NOT_ENROLLED', message: 'The buddy has not been enrolled on a programme' }],
  programmeVersionId: null,
  programmeTitle: null,
  versionLabel: null,
  modulesComplete: 0,
  modulesTotal: 0,
  attendanceRatePercent: null,
  attendanceThresholdPercent: 80,
  supervisionsDuringTraining: 0,
};

const emptyRecord: RecordParts = {
  supervisions: { status: { state: 'not_started', lastSupervisedOn: null, nextDueOn: null, daysOverdue: 0 }, sessions: [] },
  eligibility: notEligible,
  certificates: [],
  decisions: [],
  transfers: [],
  allocations: [],
  account: { username: 'A1234BC', hasPin: false, locked: false, lastSignedInAt: null },
  policy: { prisonCode: 'EXI', prisonName: 'Exeter', supervisionIntervalDays: 28, weeklyHoursCap: 10, certificateValidityMonths: 24, attendanceThresholdPercent: 80, version: 1 },
};

const noTraining: BuddyProgress = { buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Sam', lastName: 'Jones', enrolments: [] };

const cohort = (id: string, name: string, status: CohortSummary['status'], prisonCode = 'EXI'): CohortSummary => ({
  id,
  name,
  prisonCode,
  prisonName: 'Exeter',
  programmeId: 'p1',
  programmeTitle: 'Buddy Support Worker',
  programmeVersionId: 'v1',
  versionLabel: '2026.1',
  startsOn: '2026-03-02',
  endsOn: '2026-06-01',
  capacity: 12,
  activeEnrolments: 4,
  status,
});
const cohortPage = (items: CohortSummary[]) => ({ items, total: items.length, page: 1, pageSize: 100 });

describe('buddyActions', () => {
  it('offers nothing to someone who may not coordinate at the prison', () => {
    expect(buddyActions(applicant, false, false)).toEqual({ selectionForm: false, changeDecision: false, enrol: false });
  });

  it('opens the selection form for an applicant, and enrolment only once approved', () => {
    expect(buddyActions(applicant, true, false)).toEqual({ selectionForm: true, changeDecision: false, enrol: false });
    expect(buddyActions(approved, true, false)).toEqual({ selectionForm: false, changeDecision: true, enrol: true });
    expect(buddyActions(approved, true, true)).toEqual({ selectionForm: true, changeDecision: false, enrol: false });
    expect(buddyActions({ selectionStatus: 'declined' }, true, false)).toEqual({ selectionForm: false, changeDecision: true, enrol: false });
  });
});

describe('record banners', () => {
  it('reads a message carried in the navigation that opened the record, and nothing else', () => {
    const navigation = (state: unknown) => ({ currentNavigation: () => ({ extras: { state } }) }) as unknown as Parameters<typeof bannerFrom>[0];
    expect(bannerFrom(navigation({ banner: 'Applicant added: Sam Jones (A1234BC).' }))).toBe('Applicant added: Sam Jones (A1234BC).');
    expect(bannerFrom(navigation(undefined))).toBeNull();
    expect(bannerFrom(navigation({ banner: 42 }))).toBeNull();
    expect(bannerFrom({ currentNavigation: () => null } as unknown as Parameters<typeof bannerFrom>[0])).toBeNull();
  });

  it('says what a certificate means for the buddy', () => {
    expect(certificateIssuedMessage({ firstName: 'Sam', lastName: 'Jones' }, { number: 'PP-EXI-2026-00042', programmeTitle: 'Buddy Support Worker', expiresOn: '2028-03-10' })).toBe(
      'Certificate issued: Sam Jones is now a certified buddy for Buddy Support Worker. Certificate PP-EXI-2026-00042 is valid until 10 March 2028.',
    );
  });
});

describe('BuddyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BuddyPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [BuddyPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(roles: RoleAssignmentView[], buddy: BuddyDetail, progress: BuddyProgress | 'missing' = noTraining, record: Partial<RecordParts> = {}) {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(BuddyPage);
    fixture.componentRef.setInput('id', buddy.id);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/buddies/b1').flush(buddy);
    await settle();
    const progressRequest = http.expectOne('/api/buddies/b1/progress');
    if (progress === 'missing') progressRequest.flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    else progressRequest.flush(progress);
    const parts = { ...emptyRecord, ...record };
    http.expectOne('/api/buddies/b1/supervisions').flush(parts.supervisions);
    http.expectOne('/api/buddies/b1/eligibility').flush(parts.eligibility);
    http.expectOne('/api/buddies/b1/certificates').flush(parts.certificates);
    http.expectOne('/api/buddies/b1/decisions').flush(parts.decisions);
    http.expectOne('/api/buddies/b1/transfers').flush(parts.transfers);
    http.expectOne('/api/buddies/b1/allocations').flush(parts.allocations);
    http.expectOne('/api/buddies/b1/account').flush(parts.account);
    http.expectOne('/api/prisons/EXI/policy').flush(parts.policy);
    await settle();
  }

  /**
   * Lets answers arrive and the page render. (whenStable would wait for requests the page
   * has started and the test has not answered yet.)
   */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const click = (element: Element | null | undefined) => (element as HTMLElement).click();
  /** Chooses a cohort in the enrol form's select. */
  const choose = (cohortId: string) => {
    const select = page.querySelector<HTMLSelectElement>('#cohortId') as HTMLSelectElement;
    select.value = cohortId;
    select.dispatchEvent(new Event('change'));
  };
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);

  it('shows the record and lets a coordinator record the first decision', async () => {
    await open([COORDINATOR], applicant);

    expect(text('h1')).toBe('Sam Jones');
    expect(text('[data-testid=buddy-summary]')).toContain('Exeter (EXI)');
    expect(text('[data-testid=buddy-summary]')).toContain('5 January 2026');
    expect(text('[data-testid=buddy-summary] .govuk-tag')).toBe('Applied');
    expect(page.querySelector('[data-testid=selection-form]')).not.toBeNull();
    expect(page.querySelector('[data-testid=enrol-form]')).toBeNull();
    expect(text('#training-heading + *')).toContain('Not enrolled in any training yet.');
  });

  it('refuses an approval without the checks before asking the API', async () => {
    await open([COORDINATOR], applicant);
    click(page.querySelector('#outcome-approved'));
    click(button('Record decision'));
    await settle();

    http.expectNone('/api/buddies/b1/selection');
    const links = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Complete the security check before approving', '#securityCheckDone'],
      ['Complete the risk assessment before approving', '#riskAssessmentDone'],
    ]);
    expect(text('#securityCheckDone-error')).toBe('Error: Complete the security check before approving');
  });

  it('posts an approval with both checks and shows the decision', async () => {
    await open([COORDINATOR], applicant);
    click(page.querySelector('#outcome-approved'));
    click(page.querySelector('#securityCheckDone'));
    click(page.querySelector('#riskAssessmentDone'));
    const notes = page.querySelector<HTMLTextAreaElement>('#notes');
    if (notes) {
      notes.value = 'Checks by security';
      notes.dispatchEvent(new Event('input'));
    }
    click(button('Record decision'));

    const request = http.expectOne('/api/buddies/b1/selection');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      outcome: 'approved',
      securityCheckDone: true,
      riskAssessmentDone: true,
      decidedOn: todayIso(),
      notes: 'Checks by security',
    });
    request.flush(approved);
    await settle();
    http.expectOne('/api/buddies/b1/eligibility').flush(notEligible);
    // Now approved: cohorts at the buddy's prison are offered.
    http.expectOne((r) => r.url === '/api/cohorts' && r.params.get('prison') === 'EXI' && r.params.get('status') === 'current').flush(cohortPage([]));
    await settle();

    expect(text('.govuk-notification-banner')).toContain('Selection decision recorded: approved.');
    expect(text('[data-testid=selection-history] tbody')).toContain('Chris Coordinator');
    expect(page.querySelector('[data-testid=selection-form]')).toBeNull();
    expect(button('Change the selection decision')).toBeDefined();
    expect(text('[data-testid=no-cohorts]')).toBe(
      'There are no cohorts at Exeter that Sam can join: none planned or running with a place free, of a programme they are not already on.',
    );
  });

  it("shows the API's field errors when it refuses the decision", async () => {
    await open([COORDINATOR], applicant);
    click(page.querySelector('#outcome-declined'));
    click(button('Record decision'));
    http.expectOne('/api/buddies/b1/selection').flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check the details you entered', fieldErrors: { decidedOn: ['Enter a real date, like 2026-03-03'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#decidedOn-day');
    expect(text('#decidedOn-error')).toBe('Error: Enter a real date, like 2026-03-03');
  });

  it('offers an auditor the record but no forms, and asks for no cohorts', async () => {
    await open([AUDITOR], approved);

    expect(text('[data-testid=selection-history] tbody')).toContain('Checks by security');
    expect(page.querySelector('form')).toBeNull();
    expect(button('Change the selection decision')).toBeUndefined();
    http.expectNone((r) => r.url === '/api/cohorts');
  });

  it('shows the training so far, module by module', async () => {
    const progress: BuddyProgress = {
      ...noTraining,
      enrolments: [
        {
          enrolmentId: 'e1',
          cohortId: 'c1',
          cohortName: 'Exeter spring 2026',
          prisonName: 'Exeter',
          programmeTitle: 'Buddy Support Worker',
          versionLabel: '2026.1',
          status: 'active',
          enrolledOn: '2026-03-02',
          withdrawnOn: null,
          withdrawalReason: null,
          modulesComplete: 1,
          attendance: { attended: 3, absent: 1, excused: 0, ratePercent: 75 },
          modules: [
            { moduleId: 'm1', number: 1, title: 'Your role', met: 4, total: 4, state: 'complete', attendance: { attended: 1, absent: 0, excused: 0, ratePercent: 100 } },
            { moduleId: 'm2', number: 2, title: 'Duty of care', met: 3, total: 5, state: 'in_progress', attendance: { attended: 1, absent: 1, excused: 0, ratePercent: 50 } },
            { moduleId: 'm3', number: 3, title: 'Equality', met: 0, total: 3, state: 'not_started', attendance: { attended: 0, absent: 0, excused: 0, ratePercent: null } },
          ],
        },
      ],
    };
    await open([AUDITOR], approved, progress);

    const enrolment = page.querySelector('[data-testid=enrolment-c1]');
    // The heading names the programme as well as the cohort: a buddy may train on two.
    expect(enrolment?.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Buddy Support Worker (2026.1) Exeter spring 2026');
    expect(enrolment?.textContent).toContain('75% (attended 3 of 4 sessions)');
    const tags = Array.from(enrolment?.querySelectorAll('tbody .govuk-tag') ?? []).map((t) => t.textContent?.trim());
    expect(tags).toEqual(['Complete', 'In progress 3 of 5', 'Not started']);
  });

  it('says so when training records cannot be loaded', async () => {
    await open([AUDITOR], applicant, 'missing');
    expect(page.textContent).toContain('Sorry, training records cannot be shown right now.');
  });

  it("enrols an approved buddy in one of their prison's open cohorts", async () => {
    await open([COORDINATOR], approved);
    http
      .expectOne((r) => r.url === '/api/cohorts')
      .flush(
        cohortPage([
          cohort('c-done', 'Exeter winter 2025', 'finished'),
          cohort('c1', 'Exeter spring 2026', 'running'),
          cohort('c2', 'Exeter summer 2026', 'planned'),
          { ...cohort('c-full', 'Exeter full 2026', 'planned'), activeEnrolments: 12 },
        ]),
      );
    await settle();

    // Nothing is chosen for the coordinator; a full or finished cohort is not offered; planned ones come first.
    const options = Array.from(page.querySelectorAll<HTMLOptionElement>('#cohortId option'));
    expect(options.map((o) => o.value)).toEqual(['', 'c2', 'c1']);
    expect(options[0].textContent?.trim()).toBe('Select a cohort');
    expect(options[2].textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Exeter spring 2026 (Buddy Support Worker 2026.1): starts 2 March 2026, 4 of 12 places taken',
    );
    click(button('Enrol'));
    await settle();
    expect(text('#cohortId-error')).toBe('Error: Select a cohort');
    choose('c1');
    click(button('Enrol'));

    const request = http.expectOne('/api/cohorts/c1/enrolments');
    expect(request.request.body).toEqual({ buddyId: 'b1' });
    const enrolment: EnrolmentView = {
      id: 'e1',
      buddyId: 'b1',
      prisonNumber: 'A1234BC',
      firstName: 'Sam',
      lastName: 'Jones',
      status: 'active',
      enrolledOn: '2026-03-05',
      withdrawnOn: null,
      withdrawalReason: null,
    };
    request.flush(enrolment);
    await settle();
    http.expectOne('/api/buddies/b1/progress').flush(noTraining);
    http.expectOne('/api/buddies/b1/eligibility').flush(notEligible);
    http.expectOne('/api/buddies/b1/supervisions').flush(emptyRecord.supervisions);
    http.expectOne((r) => r.url === '/api/cohorts').flush(cohortPage([]));
    await settle();

    expect(text('.govuk-notification-banner')).toContain('Sam Jones is enrolled in Exeter spring 2026.');
  });

  it("says the cohorts cannot be shown when the API answers 404, and keeps the rest of the record", async () => {
    await open([COORDINATOR], approved);
    http
      .expectOne((r) => r.url === '/api/cohorts')
      .flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.textContent).toContain('Sorry, cohorts cannot be shown right now.');
    expect(text('h1')).toBe('Sam Jones');
  });

  it('shows why the API refused an enrolment, linked to the cohort', async () => {
    await open([COORDINATOR], approved);
    http.expectOne((r) => r.url === '/api/cohorts').flush(cohortPage([cohort('c1', 'Exeter spring 2026', 'running')]));
    await settle();
    choose('c1');
    click(button('Enrol'));
    http
      .expectOne('/api/cohorts/c1/enrolments')
      .flush({ statusCode: 409, code: 'COHORT_FULL', message: 'Exeter spring 2026 is full (12 of 12 places)' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(page.querySelector('.govuk-error-summary a')?.textContent?.trim()).toBe('Exeter spring 2026 is full (12 of 12 places)');
    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#cohortId');
    expect(text('#cohortId-error')).toBe('Error: Exeter spring 2026 is full (12 of 12 places)');
  });
  describe('the coordinator\'s side of the record', () => {
    /** Opens the record; a coordinator's enrol form also asks for cohorts, which these tests leave empty. */
    async function openRecord(...args: Parameters<typeof open>) {
      await open(...args);
      for (const request of http.match((r) => r.url === '/api/cohorts')) request.flush(cohortPage([]));
      await settle();
    }

    const eligible: EligibilityView = {
      ...notEligible,
      allowed: true,
      reasons: [],
      programmeVersionId: 'v1',
      programmeTitle: 'Buddy Support Worker',
      versionLabel: '2026.1',
      modulesComplete: 14,
      modulesTotal: 14,
      attendanceRatePercent: 90,
      supervisionsDuringTraining: 1,
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
      verificationPath: '/verify/abc123',
      shortCode: 'K7QX-94MD-2R',
      history: [],
      version: 1,
    };

    const allocation: AllocationView = {
      id: 'a1',
      buddyId: 'b1',
      buddyName: 'Sam Jones',
      buddyPrisonNumber: 'A1234BC',
      recipientId: 'r1',
      recipientName: 'Leonard Hale',
      recipientPrisonNumber: 'G1234LH',
      prisonCode: 'EXI',
      tasks: ['collecting_meals'],
      plannedWeeklyHours: 4,
      startsOn: '2026-03-12',
      status: 'active',
      endedOn: null,
      endReason: null,
      allocatedBy: 'Chris Coordinator',
    };
    const nextStepLinks = () => Array.from(page.querySelectorAll('[data-testid=next-step] a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

    it('puts an applicant’s selection decision first, and offers no supervision or allocation', async () => {
      await open([COORDINATOR], applicant);

      expect(page.querySelector('[data-testid=next-step]')?.getAttribute('data-step')).toBe('decide-selection');
      expect(text('[data-testid=next-step] h2')).toBe('Next step: Decide on the application');
      expect(nextStepLinks()).toEqual([['Record the selection decision', '/buddies/b1#selection']]);
      expect(page.querySelector('a[href="/buddies/b1/supervision/new"]')).toBeNull();
      expect(page.querySelector('a[href^="/allocations/new"]')).toBeNull();
      expect(text('[data-testid=summary-stage]')).toBe('Applied');
      expect(text('[data-testid=summary-certificate]')).toBe('None yet');
      expect(text('[data-testid=summary-supervision]')).toBe('Not started No supervision is due yet: the first is due once training starts');
      expect(text('[data-testid=summary-hours]')).toBe('0 of 10 hours a week (the prison’s cap), 0 active allocations');
      // The first section on the page is the selection, with its form.
      expect(page.querySelector('section')?.id).toBe('selection');
    });

    it('jumps to a section from the contents list, moving focus to its heading', async () => {
      await open([COORDINATOR], applicant);
      const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-testid=record-contents] a'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual([
        '/buddies/b1#selection',
        '/buddies/b1#training',
        '/buddies/b1#certification',
        '/buddies/b1#supervision',
        '/buddies/b1#allocations',
        '/buddies/b1#journey',
        '/buddies/b1#kiosk',
      ]);
      for (const link of links) expect(page.querySelector(`section#${link.hash.slice(1)} h2`)).not.toBeNull();
      click(links[3]);
      expect(document.activeElement?.id).toBe('supervision-heading');
    });

    it('summarises a certified buddy: certificate, next supervision, hours against the cap, and allocation as the next step', async () => {
      const supervisions: BuddySupervision = { status: { state: 'up_to_date', lastSupervisedOn: '2026-03-10', nextDueOn: '2026-04-07', daysOverdue: 0 }, sessions: [] };
      await openRecord([COORDINATOR], { ...approved, stage: 'certified' }, noTraining, { supervisions, certificates: [certificate], allocations: [allocation] });

      expect(text('[data-testid=summary-stage]')).toBe('Certified');
      expect(text('[data-testid=summary-certificate]')).toBe('Valid Buddy Support Worker (2026.1): expires 10 March 2028');
      expect(text('[data-testid=summary-supervision]')).toBe('Up to date Next supervision due by 7 April 2026');
      expect(text('[data-testid=summary-hours]')).toBe('4 of 10 hours a week (the prison’s cap), 1 active allocation');
      expect(page.querySelector('[data-testid=next-step]')?.getAttribute('data-step')).toBe('allocate');
      expect(nextStepLinks()).toEqual([['Allocate to someone', '/allocations/new?buddy=b1']]);
      // The short code printed under the certificate's QR code, to read to a verifier.
      expect(text('[data-testid=short-code]')).toBe('K7QX-94MD-2R');
    });

    it('puts supervision before new work when it is due, and offers an auditor only the section', async () => {
      const supervisions: BuddySupervision = { status: { state: 'overdue', lastSupervisedOn: '2026-01-01', nextDueOn: '2026-01-29', daysOverdue: 12 }, sessions: [] };
      await open([AUDITOR], { ...approved, stage: 'certified' }, noTraining, { supervisions, certificates: [certificate] });

      expect(page.querySelector('[data-testid=next-step]')?.getAttribute('data-step')).toBe('record-supervision');
      expect(text('[data-testid=next-step] p')).toBe('Supervision is 12 days overdue: no new allocation can be made until it is recorded.');
      expect(nextStepLinks()).toEqual([['See supervision', '/buddies/b1#supervision']]);
    });

    it('names the programme in every panel when a buddy is on two', async () => {
      const enrolment = (cohortId: string, cohortName: string, programmeTitle: string): BuddyProgress['enrolments'][number] => ({
        enrolmentId: `e-${cohortId}`,
        cohortId,
        cohortName,
        prisonName: 'Exeter',
        programmeTitle,
        versionLabel: '2026.1',
        status: 'active',
        enrolledOn: '2026-03-02',
        withdrawnOn: null,
        withdrawalReason: null,
        modulesComplete: 0,
        attendance: { attended: 0, absent: 0, excused: 0, ratePercent: null },
        modules: [],
      });
      const progress: BuddyProgress = { ...noTraining, enrolments: [enrolment('c2', 'Exeter mentors 2026', 'Peer Mentor'), enrolment('c1', 'Exeter spring 2026', 'Buddy Support Worker')] };
      const mentoring: EligibilityView = { ...eligible, allowed: false, programmeTitle: 'Peer Mentor', reasons: [{ code: 'MODULES_INCOMPLETE', message: '6 modules are not complete (1, 2, 3, 4, 5 and 1 more)' }] };
      await openRecord([COORDINATOR], { ...approved, stage: 'certified' }, progress, { certificates: [certificate], eligibility: mentoring });

      expect(Array.from(page.querySelectorAll('#training [data-testid^=enrolment-] h3')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
        'Peer Mentor (2026.1) Exeter mentors 2026',
        'Buddy Support Worker (2026.1) Exeter spring 2026',
      ]);
      expect(text('[data-testid=eligibility] h3')).toBe('Eligibility: Peer Mentor (2026.1)');
      expect(text('[data-testid="certificate-PP-EXI-2026-00042"] h3')).toBe('Buddy Support Worker: certificate PP-EXI-2026-00042');
      expect(text('[data-testid=summary-certificate]')).toContain('Buddy Support Worker (2026.1)');
    });

    it('lists every reason a buddy cannot be certified, and offers no button', async () => {
      const blocked: EligibilityView = {
        ...eligible,
        allowed: false,
        reasons: [
          { code: 'MODULES_INCOMPLETE', message: '2 modules are not complete (3, 4)' },
          { code: 'NO_SUPERVISION_DURING_TRAINING', message: 'The buddy has had no supervision session during training' },
        ],
      };
      await openRecord([COORDINATOR], approved, noTraining, { eligibility: blocked });

      expect(Array.from(page.querySelectorAll('[data-testid=eligibility-reasons] li')).map((li) => li.textContent?.trim())).toEqual([
        '2 modules are not complete (3, 4)',
        'The buddy has had no supervision session during training',
      ]);
      expect(button('Issue certificate')).toBeUndefined();
    });

    it('issues a certificate to an eligible buddy and shows it with its PDF and actions', async () => {
      await openRecord([COORDINATOR], approved, noTraining, { eligibility: eligible });
      click(button('Issue certificate'));

      const request = http.expectOne('/api/buddies/b1/certificates');
      expect(request.request.method).toBe('POST');
      request.flush(certificate, { status: 201, statusText: 'Created' });
      await settle();
      http.expectOne('/api/buddies/b1/certificates').flush([certificate]);
      http.expectOne('/api/buddies/b1/eligibility').flush({ ...eligible, allowed: false, reasons: [{ code: 'ALREADY_CERTIFIED', message: 'The buddy already holds certificate PP-EXI-2026-00042 for this programme version' }] });
      await settle();

      expect(text('.govuk-notification-banner')).toContain(
        'Certificate issued: Sam Jones is now a certified buddy for Buddy Support Worker. Certificate PP-EXI-2026-00042 is valid until 10 March 2028.',
      );
      // The record moves on with it: the summary shows the certificate, the stage says certified.
      expect(text('[data-testid=summary-stage]')).toBe('Certified');
      expect(text('[data-testid=summary-certificate]')).toBe('Valid Buddy Support Worker (2026.1): expires 10 March 2028');
      expect(document.activeElement?.id).toBe('success-banner-title');
      expect(button('Issue certificate')).toBeUndefined();
      const card = page.querySelector('[data-testid="certificate-PP-EXI-2026-00042"]');
      expect(card?.querySelector('[data-testid=certificate-status]')?.textContent?.trim()).toBe('Valid');
      const pdf = Array.from(card?.querySelectorAll('a') ?? []).find((a) => a.textContent?.trim() === 'Download certificate (PDF)');
      expect(pdf?.getAttribute('href')).toBe('/api/certificates/cert1/pdf');
      expect(card?.querySelector('a[href="/verify/abc123"]')).not.toBeNull();
      const actions = Array.from(card?.querySelectorAll('.govuk-button-group a') ?? []).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
      expect(actions).toEqual([
        ['Renew certificate', '/buddies/b1/certificates/cert1/renew'],
        ['Suspend certificate', '/buddies/b1/certificates/cert1/suspend'],
        ['Revoke certificate', '/buddies/b1/certificates/cert1/revoke'],
      ]);
      expect(text('[data-testid=journey]')).toContain('Certificate issued');
    });

    it("lists the API's reasons when it refuses to issue", async () => {
      await openRecord([COORDINATOR], approved, noTraining, { eligibility: eligible });
      click(button('Issue certificate'));
      http.expectOne('/api/buddies/b1/certificates').flush(
        { statusCode: 409, code: 'NOT_ELIGIBLE', message: 'Not eligible', reasons: [{ code: 'ATTENDANCE_BELOW_THRESHOLD', message: 'Attendance is 70%; at least 80% is needed' }] },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();
      http.expectOne('/api/buddies/b1/certificates').flush([]);
      http.expectOne('/api/buddies/b1/eligibility').flush(eligible);
      await settle();

      expect(text('.govuk-error-summary')).toContain('Attendance is 70%; at least 80% is needed');
    });

    it('shows supervision status and log, and links to record one', async () => {
      const supervisions: BuddySupervision = {
        status: { state: 'overdue', lastSupervisedOn: '2026-01-01', nextDueOn: '2026-01-29', daysOverdue: 12 },
        sessions: [
          {
            id: 's1',
            buddyId: 'b1',
            heldOn: '2026-01-01',
            supervisorName: 'Chris Coordinator',
            durationMinutes: 30,
            hoursWorkedSinceLast: 6,
            wellbeing: 2,
            boundariesDiscussed: true,
            concerns: 'Tired',
            agreedActions: 'Fewer hours',
            recordedAt: '2026-01-01T10:00:00Z',
          },
        ],
      };
      // Certified, so supervision and allocation apply.
      await openRecord([COORDINATOR], { ...approved, stage: 'certified' }, noTraining, { supervisions, certificates: [certificate] });

      expect(text('[data-testid=supervision-status]')).toBe('Overdue Overdue by 12 days');
      expect(text('[data-testid=supervision-log] tbody')).toContain('2: Not so good');
      expect(page.querySelector('a[href="/buddies/b1/supervision/new"]')?.textContent?.trim()).toBe('Record a supervision');
      expect(page.querySelector('a[href="/concerns/new?buddy=b1"]')?.textContent?.trim()).toBe('Raise a concern');
      expect(page.querySelector('a[href="/allocations/new?buddy=b1"]')?.textContent?.trim()).toBe('Allocate to someone');
    });

    it('sets a PIN, which unlocks a locked account', async () => {
      await openRecord([COORDINATOR], approved, noTraining, { account: { username: 'A1234BC', hasPin: true, locked: true, lastSignedInAt: null } });
      expect(text('[data-testid=pin-state]')).toContain('Locked');
      const pin = page.querySelector<HTMLInputElement>('#pin');
      if (pin) {
        pin.value = '111111';
        pin.dispatchEvent(new Event('input'));
      }
      click(button('Reset PIN'));
      await settle();
      http.expectNone('/api/buddies/b1/pin');
      expect(text('#pin-error')).toContain('not one digit repeated');

      if (pin) {
        pin.value = '583920';
        pin.dispatchEvent(new Event('input'));
      }
      click(button('Reset PIN'));
      const request = http.expectOne('/api/buddies/b1/pin');
      expect(request.request.body).toEqual({ pin: '583920' });
      request.flush({ username: 'A1234BC', hasPin: true, locked: false, lastSignedInAt: null });
      await settle();

      expect(text('[data-testid=pin-state]')).toBe('Set');
      expect(text('.govuk-notification-banner')).toContain('PIN set.');
    });

    it('keeps a released record closed, offering only revocation and a concern, with a banner saying when it closed', async () => {
      await openRecord([COORDINATOR], { ...approved, releasedOn: '2026-04-01' }, noTraining, { eligibility: eligible, certificates: [certificate] });

      expect(text('[data-testid=record-closed]')).toContain('Record closed on 1 April 2026');
      expect(page.querySelector('form')).toBeNull();
      expect(button('Issue certificate')).toBeUndefined();
      // closedRecordAllows: a certificate may still be revoked and a concern recorded; nothing else.
      expect([...page.querySelectorAll('.govuk-button-group a')].map((a) => a.textContent?.trim())).toEqual(['Revoke certificate']);
      expect([...page.querySelectorAll('[data-testid=record-actions] a')].map((a) => a.textContent?.trim())).toEqual(['Raise a concern']);
      expect(page.querySelector('a[href="/buddies/b1/supervision/new"]')).toBeNull();
      expect(page.querySelector('#pin')).toBeNull();
      expect(text('[data-testid=journey]')).toContain('Released: record closed');
    });

    it('gives an auditor the certificate, its PDF and the journey, but nothing to change', async () => {
      await openRecord([AUDITOR], approved, noTraining, { eligibility: eligible, certificates: [certificate] });

      expect(button('Issue certificate')).toBeUndefined();
      expect(text('[data-testid=eligibility]')).toContain('A coordinator at the buddy\'s prison can issue it.');
      expect(page.querySelector('a[href="/api/certificates/cert1/pdf"]')).not.toBeNull();
      expect(page.querySelectorAll('.govuk-button-group a')).toHaveLength(0);
      expect(page.querySelector('a[href="/buddies/b1/supervision/new"]')).toBeNull();
      expect(page.querySelector('#pin')).toBeNull();
    });
  });

  it('says the buddy is not found when the API answers 404, rather than loading for ever', async () => {
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({ id: 'u1', username: 'someone', displayName: 'Some One', roles: [COORDINATOR] } satisfies CurrentUser);
    await loaded;
    fixture = TestBed.createComponent(BuddyPage);
    fixture.componentRef.setInput('id', 'b1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/buddies/b1').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(text('h1')).toBe('Buddy not found');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BuddyDetail, BuddyProgress, CohortSummary, CurrentUser, EnrolmentView, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { BuddyPage, buddyActions } from '@peerpath/web/buddies/buddy.page';
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
  version: 1,
  selectionDecisions: [],
};

const approved: BuddyDetail = {
  ...applicant,
  selectionStatus: 'approved',
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

  async function open(roles: RoleAssignmentView[], buddy: BuddyDetail, progress: BuddyProgress | 'missing' = noTraining) {
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
    // Now approved: cohorts at the buddy's prison are offered.
    http.expectOne((r) => r.url === '/api/cohorts' && r.params.get('prison') === 'EXI').flush([]);
    await settle();

    expect(text('.govuk-notification-banner')).toContain('Selection decision recorded: approved.');
    expect(text('[data-testid=selection-history] tbody')).toContain('Chris Coordinator');
    expect(page.querySelector('[data-testid=selection-form]')).toBeNull();
    expect(button('Change the selection decision')).toBeDefined();
    expect(text('[data-testid=no-cohorts]')).toBe('There are no planned or running cohorts at Exeter to join.');
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
    expect(enrolment?.querySelector('h3')?.textContent?.trim()).toBe('Exeter spring 2026');
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
      .flush([cohort('c-done', 'Exeter winter 2025', 'finished'), cohort('c1', 'Exeter spring 2026', 'running'), cohort('c2', 'Exeter summer 2026', 'planned')]);
    await settle();

    const options = Array.from(page.querySelectorAll<HTMLOptionElement>('#cohortId option'));
    expect(options.map((o) => o.value)).toEqual(['c1', 'c2']);
    expect(options[0].textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Exeter spring 2026: starts 2 March 2026, 4 of 12 places taken',
    );
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
    http.expectOne((r) => r.url === '/api/cohorts').flush([]);
    await settle();

    expect(text('.govuk-notification-banner')).toContain('Sam Jones is enrolled in Exeter spring 2026.');
  });

  it('shows why the API refused an enrolment, linked to the cohort', async () => {
    await open([COORDINATOR], approved);
    http.expectOne((r) => r.url === '/api/cohorts').flush([cohort('c1', 'Exeter spring 2026', 'running')]);
    await settle();
    click(button('Enrol'));
    http
      .expectOne('/api/cohorts/c1/enrolments')
      .flush({ statusCode: 409, code: 'COHORT_FULL', message: 'Exeter spring 2026 is full (12 of 12 places)' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(page.querySelector('.govuk-error-summary a')?.textContent?.trim()).toBe('Exeter spring 2026 is full (12 of 12 places)');
    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#cohortId');
    expect(text('#cohortId-error')).toBe('Error: Exeter spring 2026 is full (12 of 12 places)');
  });
});

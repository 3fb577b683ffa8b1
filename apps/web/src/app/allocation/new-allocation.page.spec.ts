import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AllocationView, BuddySummary, CurrentUser, JourneyStage, Page, RecipientSummary } from '@peerpath/contracts';
import { CHECK_DEBOUNCE_MS, NewAllocationPage } from '@peerpath/web/allocation/new-allocation.page';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { todayIso } from '@peerpath/web/govuk/dates';
import { Flash } from '@peerpath/web/govuk/flash';

const buddy = (
  id: string,
  firstName: string,
  lastName: string,
  prisonNumber: string,
  stage: JourneyStage = 'approved',
  prisonCode = 'EXI',
  prisonName = 'Exeter',
): BuddySummary => ({
  id,
  prisonNumber,
  firstName,
  lastName,
  prisonCode,
  prisonName,
  appliedOn: '2025-09-01',
  selectionStatus: stage === 'applied' || stage === 'declined' ? stage : 'approved',
  stage,
});

const recipient = (id: string, firstName: string, lastName: string, prisonNumber: string, activeAllocations: number, prisonCode = 'EXI', prisonName = 'Exeter'): RecipientSummary => ({
  id,
  prisonNumber,
  firstName,
  lastName,
  prisonCode,
  prisonName,
  supportSummary: 'Needs help',
  carePlanReference: 'DCC-1',
  activeAllocations,
  allocationsNeedingAttention: 0,
  waitingSince: activeAllocations === 0 ? '2026-03-03' : null,
  outcomeReviewDueOn: null,
  lastReviewedOn: null,
  version: 1,
});

/** Everyone the tests may name; the server's search answers with the certified ones where the user allocates. */
const known = [
  buddy('aaron', 'Aaron', 'Blake', 'A1234BC', 'in_training'),
  buddy('elliot', 'Elliot', 'Fraser', 'B5419EF'),
  buddy('xavier', 'Xavier', 'Young', 'B2182XY', 'certified'),
  buddy('dai-1', 'Dylan', 'Moor', 'C1111DD', 'certified', 'DAI', 'Dartmoor'),
];
const certified: Page<BuddySummary> = { items: known.filter((b) => b.stage === 'certified'), total: 2, page: 1, pageSize: 20 };
const recipients = [
  recipient('dennis', 'Dennis', 'Shaw', 'G7155DS', 0),
  recipient('graham', 'Graham', 'Rowe', 'G4821RT', 1),
  recipient('dai-r', 'Dora', 'Hill', 'G5555DH', 0, 'DAI', 'Dartmoor'),
  recipient('cwi-r', 'Carl', 'Reed', 'G9999CR', 0, 'CWI', 'Channings Wood'),
];

describe('NewAllocationPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NewAllocationPage>;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    TestBed.tick();
  }
  /** Past the debounce, so the gate is asked. */
  const afterPause = () => settle(CHECK_DEBOUNCE_MS + 50);

  async function render(query: { buddy?: string; recipient?: string } = {}): Promise<void> {
    fixture = TestBed.createComponent(NewAllocationPage);
    if (query.buddy) fixture.componentRef.setInput('buddy', query.buddy);
    if (query.recipient) fixture.componentRef.setInput('recipient', query.recipient);
    page = fixture.nativeElement;
    await settle();
    if (query.recipient) http.expectOne(`/api/recipients/${query.recipient}`).flush(recipients.find((r) => r.id === query.recipient) ?? {});
    if (query.buddy) http.expectOne(`/api/buddies/${query.buddy}`).flush(known.find((b) => b.id === query.buddy) ?? {});
    http.expectOne('/api/recipients?pageSize=100').flush({ items: recipients, total: recipients.length, page: 1, pageSize: 100 });
    await settle();
    await answerBuddySearches();
  }

  /** Answers every buddy search still open (a search superseded by another is cancelled) with the certified buddies. */
  async function answerBuddySearches(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      for (const request of http.match((r) => r.url === '/api/allocations/buddies')) if (!request.cancelled) request.flush(certified);
      await settle();
    }
  }

  function chooseBuddy(id: string): void {
    const radio = page.querySelector<HTMLInputElement>(`#buddyId-${id}`);
    if (!radio) throw new Error(`no buddy ${id} offered`);
    radio.click();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NewAllocationPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const user: CurrentUser = {
      id: 'u1',
      username: 'coordinator',
      displayName: 'Chris Coordinator',
      roles: [
        { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' },
        { role: 'coordinator', scope: 'prison', prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' },
        { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' },
      ],
    };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
  });

  afterEach(() => http.verify());

  function set(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  function tick(label: string): void {
    const box = Array.from(page.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')).find(
      (input) => page.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() === label,
    );
    if (!box) throw new Error(`no task ${label}`);
    box.click();
  }
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const items = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  const submit = () => page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

  it('offers certified buddies found by the server, with their prison, then only recipients at the chosen buddy’s prison, and the permitted tasks only', async () => {
    await render();
    expect(items('[data-testid=buddyId-matches] .govuk-radios__label')).toEqual(['Xavier Young (B2182XY)', 'Dylan Moor (C1111DD)']);
    expect(items('[data-testid=buddyId-matches] .govuk-radios__hint')).toEqual(['Exeter, certified', 'Dartmoor, certified']);
    expect(text('[data-testid=buddyId-status]')).toBe('2 people found.');
    expect(items('#recipientId option')).toEqual([
      'Choose a recipient',
      'Dennis Shaw (G7155DS), Exeter, waiting since 3 March 2026',
      'Graham Rowe (G4821RT), Exeter',
      'Dora Hill (G5555DH), Dartmoor, waiting since 3 March 2026',
    ]);
    chooseBuddy('dai-1');
    await settle();
    expect(items('#recipientId option')).toEqual(['Choose a recipient', 'Dora Hill (G5555DH), Dartmoor, waiting since 3 March 2026']);
    expect(text('#recipientId-hint')).toContain('People at Dartmoor, where Dylan Moor is.');

    // Typing searches the server once typing pauses; the chosen buddy stays offered.
    set('buddyId', 'young');
    await settle();
    http.expectNone('/api/allocations/buddies');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    const search = http.expectOne((r) => r.url === '/api/allocations/buddies');
    expect(search.request.params.get('search')).toBe('young');
    search.flush({ items: [certified.items[0]], total: 1, page: 1, pageSize: 20 });
    await settle();
    expect(items('[data-testid=buddyId-matches] .govuk-radios__label')).toEqual(['Dylan Moor (C1111DD)', 'Xavier Young (B2182XY)']);
    expect(page.querySelector<HTMLInputElement>('#buddyId-dai-1')?.checked).toBe(true);
    expect(items('.govuk-checkboxes__label')).toEqual([
      'Cleaning the living space',
      'Collecting meals',
      'Escorting and mobility',
      'Pushing a wheelchair',
      'Reading and writing (applications, menus)',
      'Company and activities',
    ]);
    expect(text('#tasks-hint')).toContain('Intimate care (washing, toileting, feeding, oral care or dressing) is never allocated');
    const [year, month, day] = todayIso().split('-');
    expect(page.querySelector<HTMLInputElement>('#startsOn-day')?.value).toBe(String(Number(day)));
    expect(page.querySelector<HTMLInputElement>('#startsOn-month')?.value).toBe(String(Number(month)));
    expect(page.querySelector<HTMLInputElement>('#startsOn-year')?.value).toBe(year);
    expect(page.querySelector('[data-testid=gate-incomplete]')).not.toBeNull();
    expect(text('button[type=submit]')).toBe('Allocate');
    await afterPause();
    http.expectNone('/api/allocations/check');
  });

  it("shows every one of the gate's reasons before submitting, and asks again when the form changes", async () => {
    await render({ recipient: 'dennis' });
    expect(page.querySelector<HTMLSelectElement>('#recipientId')?.value).toBe('dennis');
    chooseBuddy('xavier');
    set('plannedWeeklyHours', '4');
    await settle();
    expect(page.querySelector('[data-testid=gate-checking]')).not.toBeNull();
    await afterPause();

    const first = http.expectOne('/api/allocations/check');
    expect(first.request.method).toBe('POST');
    expect(first.request.body).toEqual({ buddyId: 'xavier', recipientId: 'dennis', tasks: [], plannedWeeklyHours: 4, startsOn: todayIso() });
    first.flush({
      allowed: false,
      reasons: [
        { code: 'NO_CERTIFICATE', message: 'The buddy does not hold a certificate' },
        { code: 'NO_TASKS', message: 'Choose at least one task' },
      ],
    });
    await settle();
    expect(text('[data-testid=gate]')).toContain('This allocation cannot go ahead');
    expect(items('[data-testid=gate-reasons] li')).toEqual(['The buddy does not hold a certificate', 'Choose at least one task']);

    // Ticking two boxes quickly asks once, after the pause.
    tick('Collecting meals');
    tick('Company and activities');
    await settle();
    http.expectNone('/api/allocations/check');
    await afterPause();
    const second = http.expectOne('/api/allocations/check');
    expect(second.request.body.tasks).toEqual(['collecting_meals', 'company_activities']);
    second.flush({ allowed: true, reasons: [] });
    await settle();
    expect(text('[data-testid=gate-allowed]')).toBe('This allocation can go ahead.');
    expect(page.querySelector('[data-testid=gate-reasons]')).toBeNull();
  });

  it('says so when the gate cannot be asked', async () => {
    await render({ buddy: 'elliot', recipient: 'dennis' });
    set('plannedWeeklyHours', '4');
    await afterPause();
    http.expectOne('/api/allocations/check').flush({ statusCode: 500, code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text('[data-testid=gate-failed]')).toContain('Sorry, the allocation cannot be checked right now.');
  });

  it("shows the API's own message when it refuses to check the allocation", async () => {
    await render({ buddy: 'elliot', recipient: 'dennis' });
    set('plannedWeeklyHours', '4');
    await afterPause();
    const message = 'The recipient cannot be found';
    http.expectOne('/api/allocations/check').flush({ statusCode: 404, code: 'NOT_FOUND', message }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text('[data-testid=gate-failed]')).toBe(message);
  });

  it('says so when the recipient chosen on their page is not one the user may allocate to', async () => {
    await render({ recipient: 'cwi-r' });
    expect(text('[data-testid=recipient-not-offered]')).toContain('The person you chose is not in this list.');
    expect(page.querySelector<HTMLSelectElement>('#recipientId')?.value).toBe('');
  });

  it('says nothing of the kind for a recipient who is offered', async () => {
    await render({ recipient: 'dennis' });
    expect(page.querySelector('[data-testid=recipient-not-offered]')).toBeNull();
    expect(page.querySelector<HTMLSelectElement>('#recipientId')?.value).toBe('dennis');
  });

  it('checks the form before asking the API to allocate', async () => {
    await render();
    submit();
    await settle();
    http.expectNone((r) => r.url === '/api/allocations' && r.method === 'POST');
    const links = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#buddyId', '#recipientId', '#tasks', '#plannedWeeklyHours']);
    expect(text('#tasks-error')).toBe('Error: Choose at least one task');
  });

  async function fillAndSubmit(): Promise<void> {
    await render({ buddy: 'aaron', recipient: 'dennis' });
    tick('Escorting and mobility');
    set('plannedWeeklyHours', '3.5');
    submit();
    await settle();
  }

  it('submits anyway when the gate says no, and shows every refusal reason in the error summary', async () => {
    await fillAndSubmit();
    const post = http.expectOne((r) => r.url === '/api/allocations' && r.method === 'POST');
    expect(post.request.body).toEqual({ buddyId: 'aaron', recipientId: 'dennis', tasks: ['escorting_mobility'], plannedWeeklyHours: 3.5, startsOn: todayIso() });
    post.flush(
      {
        statusCode: 409,
        code: 'ALLOCATION_REFUSED',
        message: 'This allocation cannot go ahead',
        reasons: [
          { code: 'NO_CERTIFICATE', message: 'The buddy does not hold a certificate' },
          { code: 'SUPERVISION_OVERDUE', message: 'Supervision is 3 days overdue' },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(items('.govuk-error-summary__list li')).toEqual(['The buddy does not hold a certificate', 'Supervision is 3 days overdue']);
    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#buddyId');
    expect(navigate).not.toHaveBeenCalled();
    await afterPause();
    http.match('/api/allocations/check').forEach((r) => r.flush({ allowed: false, reasons: [] }));
  });

  it('allocates and goes to the allocations with a success message', async () => {
    await fillAndSubmit();
    http
      .expectOne((r) => r.url === '/api/allocations' && r.method === 'POST')
      .flush({ id: 'a1', buddyName: 'Aaron Blake', recipientName: 'Dennis Shaw' } as AllocationView);
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/allocations']);
    expect(TestBed.inject(Flash).take()).toBe('Aaron Blake is allocated to Dennis Shaw.');
    await afterPause();
    http.match('/api/allocations/check').forEach((r) => r.flush({ allowed: true, reasons: [] }));
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { BuddyDetail, CurrentUser, PrisonSummary } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { NewBuddyPage } from '@peerpath/web/buddies/new-buddy.page';
import { todayIso } from '@peerpath/web/govuk/dates';

const prisons: PrisonSummary[] = [
  { code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' },
  { code: 'DAI', name: 'Dartmoor', clusterCode: 'DEVON', clusterName: 'Devon' },
  { code: 'CWI', name: 'Channings Wood', clusterCode: 'DEVON', clusterName: 'Devon' },
];

describe('NewBuddyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NewBuddyPage>;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NewBuddyPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    // A coordinator at Exeter and Dartmoor who also audits the Devon cluster.
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
    fixture = TestBed.createComponent(NewBuddyPage);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush(prisons);
    await settle();
  });

  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  const submit = () => page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

  it('offers only the prisons where the user coordinates, with the date applied set to today', () => {
    const options = Array.from(page.querySelectorAll<HTMLOptionElement>('#prisonCode option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Select a prison', 'Exeter (EXI)', 'Dartmoor (DAI)']);
    expect(page.querySelector('#prisonNumber-hint')?.textContent?.trim()).toBe('For example A1234BC');
    const [year, month, day] = todayIso().split('-');
    expect(page.querySelector<HTMLInputElement>('#appliedOn-year')?.value).toBe(year);
    expect(page.querySelector<HTMLInputElement>('#appliedOn-month')?.value).toBe(String(Number(month)));
    expect(page.querySelector<HTMLInputElement>('#appliedOn-day')?.value).toBe(String(Number(day)));
  });

  it('records the application and goes to the new buddy page', async () => {
    type('prisonNumber', 'a1234bc');
    type('firstName', 'Sam');
    type('lastName', 'Jones');
    type('prisonCode', 'DAI');
    type('appliedOn-day', '3');
    type('appliedOn-month', '3');
    type('appliedOn-year', '2026');
    submit();

    const request = http.expectOne('/api/buddies');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ prisonNumber: 'A1234BC', firstName: 'Sam', lastName: 'Jones', prisonCode: 'DAI', appliedOn: '2026-03-03' });
    request.flush({ id: 'new-id', firstName: 'Sam', lastName: 'Jones', prisonNumber: 'A1234BC' } as BuddyDetail);
    await settle();

    // The record opens with its success banner, carried in the navigation rather than stored.
    expect(navigate).toHaveBeenCalledWith(['/buddies', 'new-id'], {
      state: { banner: 'Applicant added: Sam Jones (A1234BC). Record the selection decision next.' },
    });
  });

  it('checks the form before asking the API', async () => {
    type('prisonNumber', '1234');
    submit();
    await settle();

    http.expectNone('/api/buddies');
    const links = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#prisonNumber', '#firstName', '#lastName', '#prisonCode']);
    expect(page.querySelector('#prisonNumber-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Enter a prison number in the format A1234BC',
    );
  });

  it('shows a taken prison number next to the field', async () => {
    type('prisonNumber', 'A1234BC');
    type('firstName', 'Sam');
    type('lastName', 'Jones');
    type('prisonCode', 'EXI');
    submit();
    http.expectOne('/api/buddies').flush(
      {
        statusCode: 409,
        code: 'PRISON_NUMBER_TAKEN',
        message: 'A1234BC already has a buddy record',
        fieldErrors: { prisonNumber: ['A1234BC already has a buddy record: search the register for it'] },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#prisonNumber');
    expect(page.querySelector('#prisonNumber-error')?.textContent).toContain('already has a buddy record');
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('NewBuddyPage when the prisons cannot be loaded', () => {
  it('says so instead of failing', async () => {
    TestBed.configureTestingModule({
      imports: [NewBuddyPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({
      id: 'u1',
      username: 'coordinator',
      displayName: 'Chris Coordinator',
      roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
    } satisfies CurrentUser);
    await loaded;
    const fixture = TestBed.createComponent(NewBuddyPage);
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    http.expectOne('/api/prisons').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Sorry, your prisons cannot be shown right now.');
    expect((fixture.nativeElement as HTMLElement).querySelector('form')).toBeNull();
    http.verify();
  });
});

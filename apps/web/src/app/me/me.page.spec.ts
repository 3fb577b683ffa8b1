import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MySummary } from '@peerpath/contracts';
import { MePage } from '@peerpath/web/me/me.page';

const aaron: MySummary = {
  firstName: 'Aaron',
  lastName: 'Blake',
  prisonNumber: 'A1234BC',
  prisonName: 'Exeter',
  programmeTitle: 'Buddy Support Worker',
  modules: [
    { number: 1, title: 'Understanding your role', state: 'complete', met: 4, total: 4 },
    { number: 2, title: 'Duty of care', state: 'in_progress', met: 2, total: 5 },
    { number: 3, title: 'Equality and diversity', state: 'not_started', met: 0, total: 4 },
  ],
  modulesDone: 1,
  modulesTotal: 3,
  nextSession: { heldOn: '2026-03-03', startsAt: '09:30', endsAt: '12:00', location: 'Education block', moduleTitles: ['Duty of care'] },
  supervision: { state: 'up_to_date', nextDueOn: '2026-03-31' },
  certificate: null,
  allocations: [],
};

describe('MePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MePage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MePage);
    page = fixture.nativeElement;
    await settle();
  });

  afterEach(() => http.verify());


  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it("shows the buddy their own record in large, plain words, asking the API for nothing else", async () => {
    http.expectOne('/api/me/summary').flush(aaron);
    await settle();

    expect(texts('h1')).toEqual(['Your buddy training']);
    expect(texts('h2')).toEqual(['Your modules', 'Next session', 'Supervision', 'Certificate']);
    expect(texts('[data-testid=modules-words]')).toEqual(['You have done 1 of 3 modules.']);
    const rows = Array.from(page.querySelectorAll('[data-testid=my-modules] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1. Understanding your role', 'Done'],
      ['2. Duty of care', 'Started'],
      ['3. Equality and diversity', 'To do'],
    ]);
    expect(texts('.govuk-body-l')).toContain('Your next session is on Tuesday 3 March 2026.');
    expect(texts('.govuk-body-l')).toContain('Your next supervision is due by Tuesday 31 March 2026.');
    expect(texts('[data-testid=certificate-words]')).toEqual(['You do not have a certificate yet.', 'You get one when every module is done,', 'you have come to enough sessions,', 'and you have had one supervision in training.']);
    const print = page.querySelector('[data-testid=print-link]');
    expect(print?.textContent?.trim()).toBe('Print this page');
    expect(print?.getAttribute('href')).toBe('/api/me/summary.pdf');
    // Plain words only: no images carry text.
    expect(page.querySelector('img')).toBeNull();
    http.verify();
  });

  it('tells a certified buddy who they support instead of "no session is booked"', async () => {
    http.expectOne('/api/me/summary').flush({
      ...aaron,
      nextSession: null,
      certificate: { number: 'PP-EXI-2026-00001', status: 'valid', expiresOn: '2028-03-03' },
      allocations: [{ recipientName: 'Graham Rowe', tasks: ['collecting_meals', 'wheelchair_assistance'], plannedWeeklyHours: 5 }],
    });
    await settle();
    expect(page.textContent).not.toContain('No session is booked');
    expect(page.querySelector('[data-testid=my-support]')?.textContent).toContain('You support Graham Rowe.');
    expect(page.querySelector('[data-testid=my-support]')?.textContent).toContain('You help with: collecting meals; pushing a wheelchair.');
    expect(page.querySelector('[data-testid=my-support]')?.textContent).toContain('About 5 hours a week.');
  });

  it('apologises in plain words when the page cannot be shown', async () => {
    http.expectOne('/api/me/summary').flush({ statusCode: 500, code: 'X', message: 'x' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(texts('.govuk-body-l')).toEqual(['Sorry, your page cannot be shown right now.', 'Try again later, or ask your coordinator.']);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { COHORT, MATRIX, userWith } from '@peerpath/web/cohorts/cohort.fixtures';
import { CohortPage } from '@peerpath/web/cohorts/cohort.page';
import { Flash } from '@peerpath/web/govuk/flash';

describe('CohortPage', () => {
  let fixture: ComponentFixture<CohortPage>;
  let page: HTMLElement;
  let http: HttpTestingController;

  async function render(cohort = COHORT, banner?: string, user?: CurrentUser) {
    TestBed.configureTestingModule({
      imports: [CohortPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    if (user) {
      const loaded = TestBed.inject(AuthService).loadCurrentUser();
      http.expectOne('/api/auth/me').flush(user);
      await loaded;
    }
    if (banner) TestBed.inject(Flash).set(banner);
    fixture = TestBed.createComponent(CohortPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/cohorts/c1').flush(cohort);
    http.expectOne('/api/cohorts/c1/progress').flush(MATRIX);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('shows the progress matrix in words, with a caption, row and column headers, totals and attendance', async () => {
    await render();
    const matrix = page.querySelector('[data-testid=progress-matrix]');
    expect(matrix?.querySelector('caption')?.textContent).toContain('Progress by module');
    expect(texts('[data-testid=progress-matrix] thead th')).toEqual([
      'Buddy',
      'Attendance',
      'Module 1: Understanding your role',
      'Module 2: Duty of care',
    ]);
    expect(Array.from(matrix?.querySelectorAll('th') ?? []).every((th) => th.getAttribute('scope'))).toBe(true);
    expect(texts('[data-buddy-id=b1] td .govuk-tag')).toEqual(['Complete', '3 of 5']);
    expect(texts('[data-buddy-id=b2] td .govuk-tag')).toEqual(['0 of 4', 'Not started']);
    expect(texts('[data-buddy-id=b1] td[data-module-id=m2]')).toEqual(['3 of 5 criteria met']);
    expect(texts('[data-buddy-id=b1] [data-testid=attendance]')).toEqual(['90%']);
    expect(texts('[data-buddy-id=b2] [data-testid=attendance]')).toEqual(['None yet']);
    expect(texts('[data-testid=module-totals] td')).toEqual(['', '1 of 2', '0 of 2']);
  });

  it('links each module heading to its assessment page', async () => {
    await render();
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-testid=progress-matrix] thead a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/cohorts/c1/modules/m1/assess', '/cohorts/c1/modules/m2/assess']);
  });

  it('offers the register for each session, and only the actions the API says the caller may take', async () => {
    await render();
    expect(texts('[data-testid=sessions-table] tbody td')[0]).toBe('3 February 2026');
    const register = page.querySelector<HTMLAnchorElement>('[data-session-id=s1] a');
    expect(register?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Take register for 3 February 2026, 09:30');
    expect(register?.getAttribute('href')).toBe('/cohorts/c1/sessions/s1/register');
    expect(texts('a.govuk-button')).toEqual([]);
    expect(page.textContent).not.toContain('Withdraw');
  });

  it('opens a register only on the day of the session or after, as the API does', async () => {
    const future = { ...COHORT.sessions[0], id: 's2', heldOn: '2999-01-04' };
    await render({ ...COHORT, sessions: [...COHORT.sessions, future] });
    // Only the paper register (for the day itself) is offered ahead of time.
    const links = Array.from(page.querySelectorAll('[data-session-id=s2] a')).map((a) => a.textContent?.replace(/\s+/g, ' ').trim());
    expect(links.every((text) => text?.startsWith('Paper register'))).toBe(true);
    expect(page.querySelector('[data-session-id=s2]')?.textContent).toContain('Register opens on the day');
  });

  it('shows scheduling, enrolment and withdrawal to a coordinator', async () => {
    await render({ ...COHORT, permissions: { enrol: true, schedule: true, registerAttendance: false, assess: false } });
    expect(texts('a.govuk-button')).toEqual(['Schedule a session', 'Enrol a buddy']);
    expect(texts('[data-testid=enrolments-table] tbody a')).toEqual(['Withdraw Alex Brown', 'Withdraw Sam Jones', 'Withdraw Kai Patel']);
    expect(page.querySelector('[data-session-id=s1] a')?.textContent).toContain('View register');
  });

  it('lets a trainer at the prison raise a concern about each active buddy, and come back here', async () => {
    const withdrawn = { ...COHORT.enrolments[2], status: 'withdrawn' as const, withdrawnOn: '2026-02-01', withdrawalReason: 'Moved' };
    await render({ ...COHORT, enrolments: [COHORT.enrolments[0], COHORT.enrolments[1], withdrawn] }, undefined, userWith('trainer'));
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-testid=enrolments-table] tbody a'));
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Raise a concern about Alex Brown', 'Raise a concern about Sam Jones']);
    expect(links[0].getAttribute('href')).toBe('/concerns/new?buddy=b1&cohort=c1');
  });

  it('offers no concern link to a trainer at another prison', async () => {
    const elsewhere: CurrentUser = { ...userWith('trainer'), roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' }] };
    await render(COHORT, undefined, elsewhere);
    expect(page.textContent).not.toContain('Raise a concern');
  });

  it('shows a success banner passed on by the previous page, once', async () => {
    await render(COHORT, 'Attendance saved');
    expect(page.querySelector('[data-testid=success-banner]')?.textContent).toContain('Attendance saved');
    expect(TestBed.inject(Flash).take()).toBeNull();
  });

  it('says the cohort cannot be shown when the API answers 404, rather than loading for ever', async () => {
    TestBed.configureTestingModule({
      imports: [CohortPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CohortPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/cohorts/c1').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/cohorts/c1/progress').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page.textContent).toContain('Sorry, this cohort cannot be shown');
    expect(page.textContent).not.toContain('Loading cohort');
  });
});

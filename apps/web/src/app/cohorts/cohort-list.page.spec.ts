import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CohortSummary, RoleName } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { COHORT, userWith } from '@peerpath/web/cohorts/cohort.fixtures';
import { CohortListPage } from '@peerpath/web/cohorts/cohort-list.page';

const summary: CohortSummary = {
  id: COHORT.id,
  name: COHORT.name,
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  programmeId: 'p1',
  programmeTitle: 'Buddy Support Worker',
  programmeVersionId: 'v1',
  versionLabel: 'Version 1',
  startsOn: '2026-01-12',
  endsOn: '2026-04-03',
  capacity: 12,
  activeEnrolments: 10,
  status: 'running',
};

describe('CohortListPage', () => {
  let http: HttpTestingController;

  async function render(...roles: RoleName[]) {
    TestBed.configureTestingModule({
      imports: [CohortListPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(userWith(...roles));
    await loaded;
    const fixture = TestBed.createComponent(CohortListPage);
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/cohorts' && r.params.get('page') === '1' && r.params.get('pageSize') === '25').flush({ items: [summary], total: 1, page: 1, pageSize: 25 });
    for (const request of http.match('/api/prisons')) request.flush([]);
    for (const request of http.match('/api/programmes')) request.flush([{ id: 'p1', code: 'BSW', title: 'Buddy Support Worker', summary: '', versions: [] }]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('is "My cohorts" for a trainer, with no way to create one', async () => {
    const page = await render('trainer');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('My cohorts');
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Showing 1 to 1 of 1 cohort you deliver');
    expect(page.querySelector('#prison')).toBeNull();
    expect(page.textContent).not.toContain('Create a cohort');
  });

  it('is "Cohorts" for a coordinator, who may create one', async () => {
    const page = await render('coordinator');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Cohorts');
    expect(page.querySelector('a.govuk-button')?.getAttribute('href')).toBe('/cohorts/new');
  });

  it('lists each cohort with its prison, programme, dates, status and places', async () => {
    const page = await render('auditor');
    const cells = Array.from(page.querySelectorAll('[data-testid=cohorts-table] tbody td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['Exeter spring 2026', 'Exeter', 'Buddy Support Worker, Version 1', '12 January 2026', '3 April 2026', 'Running', '10 of 12']);
    const starts = Array.from(page.querySelectorAll('th')).find((th) => th.textContent?.trim() === 'Starts');
    expect(starts?.getAttribute('aria-sort')).toBe('descending');
    expect(Array.from(page.querySelectorAll<HTMLOptionElement>('#programme option')).map((o) => o.textContent?.trim())).toEqual(['All programmes', 'Buddy Support Worker']);
    expect(page.querySelector('[data-testid=cohorts-table] tbody a')?.getAttribute('href')).toBe('/cohorts/c1');
    expect(page.textContent).not.toContain('Create a cohort');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { PrisonSummary, ProgrammeSummary } from '@peerpath/contracts';
import { COHORT } from '@peerpath/web/cohorts/cohort.fixtures';
import { CohortNewPage } from '@peerpath/web/cohorts/cohort-new.page';
import { Flash } from '@peerpath/web/govuk/flash';

const prisons: PrisonSummary[] = [{ code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' }];
const version = (id: string, label: string, status: 'draft' | 'published') => ({
  id,
  label,
  status,
  publishedAt: null,
  moduleCount: 14,
  criterionCount: 60,
  version: 1,
});
const programmes: ProgrammeSummary[] = [
  {
    id: 'p1',
    code: 'buddy-support-worker',
    title: 'Buddy Support Worker',
    summary: '',
    versions: [version('v1', '2024.1', 'published'), version('v2', '2026.1', 'draft')],
  },
];

describe('CohortNewPage', () => {
  let fixture: ComponentFixture<CohortNewPage>;
  let page: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CohortNewPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(CohortNewPage);
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/prisons').flush(prisons);
    http.expectOne('/api/programmes').flush(programmes);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const set = async (id: string, value: string) => {
    const field = page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  };

  it('offers only published programme versions', () => {
    const options = Array.from(page.querySelectorAll('#programmeVersionId option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Select a programme version', 'Buddy Support Worker, 2024.1']);
  });

  it('asks for everything missing before sending anything', async () => {
    await set('capacity', '0');
    await submit();
    const lines = Array.from(page.querySelectorAll('.govuk-error-summary li')).map((li) => li.textContent?.trim());
    expect(lines).toEqual([
      'Select a prison',
      'Select a programme version',
      'Enter a name for the cohort',
      'Enter the start date',
      'Enter the end date',
      'Capacity must be a whole number of at least 1',
      'Select at least one trainer',
    ]);
  });

  it('loads the trainers for the chosen prison and creates the cohort', async () => {
    // Choosing a prison asks for its trainers; the page is not stable until they arrive.
    const prison = page.querySelector<HTMLSelectElement>('#prisonCode');
    if (!prison) throw new Error('no prison select');
    prison.value = 'EXI';
    prison.dispatchEvent(new Event('change'));
    TestBed.tick();
    http.expectOne('/api/cohorts/eligible-trainers?prison=EXI').flush([{ userId: 't1', displayName: 'Tess Trainer' }]);
    await fixture.whenStable();
    await set('programmeVersionId', 'v1');
    await set('name', ' Exeter autumn 2026 ');
    for (const [field, value] of [
      ['startsOn-day', '5'],
      ['startsOn-month', '10'],
      ['startsOn-year', '2026'],
      ['endsOn-day', '28'],
      ['endsOn-month', '12'],
      ['endsOn-year', '2026'],
    ]) {
      await set(field, value);
    }
    page.querySelector<HTMLInputElement>('#trainerIds')?.click();
    await submit();

    const post = http.expectOne('/api/cohorts');
    expect(post.request.body).toEqual({
      prisonCode: 'EXI',
      programmeVersionId: 'v1',
      name: 'Exeter autumn 2026',
      startsOn: '2026-10-05',
      endsOn: '2026-12-28',
      capacity: 12,
      trainerIds: ['t1'],
    });
    post.flush({ ...COHORT, id: 'c9', name: 'Exeter autumn 2026' });
    await fixture.whenStable();
    expect(router.navigate).toHaveBeenCalledWith(['/cohorts', 'c9']);
    expect(TestBed.inject(Flash).take()).toBe('Cohort Exeter autumn 2026 created');
  });
});

describe('CohortNewPage when its lists cannot be loaded', () => {
  it('says so instead of failing, and still shows the form', async () => {
    TestBed.configureTestingModule({
      imports: [CohortNewPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CohortNewPage);
    const page: HTMLElement = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/prisons').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/programmes').flush('Bad gateway', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=lists-failed]')?.textContent).toContain('cannot be shown right now');
    expect(page.querySelectorAll('#prisonCode option')).toHaveLength(1);
    http.verify();
  });
});

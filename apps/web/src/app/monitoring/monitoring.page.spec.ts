import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { sortRows, tableSortOf } from '@peerpath/web/monitoring/monitoring-table';
import { MonitoringPage } from '@peerpath/web/monitoring/monitoring.page';
import { DEVON_DASHBOARD } from '@peerpath/web/monitoring/monitoring.fixtures';

describe('MonitoringPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MonitoringPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [MonitoringPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  const dashboardRequest = (check: (params: URLSearchParams) => boolean = () => true) =>
    http.expectOne((r) => r.url === '/api/monitoring' && r.method === 'GET' && check(new URLSearchParams(r.params.toString())));

  async function render(query: Record<string, string> = {}): Promise<void> {
    fixture = TestBed.createComponent(MonitoringPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
  }

  async function renderDevon(query: Record<string, string> = {}): Promise<void> {
    await render(query);
    dashboardRequest().flush(DEVON_DASHBOARD);
    await settle();
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map(text);
  /** Each body row as its cells' texts, joined by " | ". */
  const rows = (table: Element) => Array.from(table.querySelectorAll('tbody tr')).map((tr) => texts(tr, 'th, td').join(' | '));
  const testId = (id: string) => page.querySelector(`[data-testid="${id}"]`);
  const link = (root: Element | null, name: RegExp) => Array.from(root?.querySelectorAll('a') ?? []).find((a) => name.test(text(a) ?? ''));

  it('says it is loading, then shows the scope and period compared with the one before', async () => {
    await render();
    expect(text(page.querySelector('h1'))).toBe('How the scheme is doing');
    expect(text(page)).toContain('Loading…');
    dashboardRequest((p) => p.toString() === '').flush(DEVON_DASHBOARD);
    await settle();
    expect(text(page)).not.toContain('Loading…');
    expect(text(testId('monitoring-caption'))).toBe('Devon cluster, 2 December 2025 to 1 December 2026, compared with the 12 months before.');
  });

  it('says when the figures were computed, in London time, and how often wide figures are refreshed', async () => {
    await render();
    // 06:12 UTC in June is 07:12 in London (British Summer Time).
    dashboardRequest().flush({ ...DEVON_DASHBOARD, asOf: '2026-06-01T06:12:40.123Z', refreshMinutes: 10 });
    await settle();
    expect(text(testId('monitoring-as-at'))).toBe('Figures as at 07:12 (national and cluster figures are refreshed every 10 minutes).');
  });

  it('says only when, for figures computed for this request, and nothing when the API does not say', async () => {
    await render();
    dashboardRequest().flush({ ...DEVON_DASHBOARD, asOf: '2026-12-01T05:12:00Z' });
    await settle();
    expect(text(testId('monitoring-as-at'))).toBe('Figures as at 05:12.');
    await renderDevon();
    expect(testId('monitoring-as-at')).toBeNull();
  });

  it('asks for the scope and period in the address, and fills the form with them', async () => {
    await render({ scope: 'prison:EXI', from: '2026-01-01', to: '2026-06-30' });
    dashboardRequest((p) => p.get('scope') === 'prison:EXI' && p.get('from') === '2026-01-01' && p.get('to') === '2026-06-30').flush({
      ...DEVON_DASHBOARD,
      scope: { value: 'prison:EXI', label: 'HMP Exeter', prisons: [DEVON_DASHBOARD.scope.prisons[0]] },
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    await settle();
    const form = testId('monitoring-filter') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect((form.querySelector('#scope') as HTMLSelectElement).value).toBe('prison:EXI');
    expect(texts(form, '#scope option')).toEqual(['Devon cluster', 'HMP Channings Wood', 'HMP Dartmoor', 'HMP Exeter']);
    expect((form.querySelector('#from') as HTMLInputElement).value).toBe('2026-01-01');
    expect((form.querySelector('#to') as HTMLInputElement).value).toBe('2026-06-30');
    expect(text(page.querySelector('label[for=from]'))).toBe('From');
    expect(text(page.querySelector('#from-hint'))).toContain('1 January 2026');
    expect(text(testId('monitoring-caption'))).toBe('HMP Exeter, 1 January 2026 to 30 June 2026, compared with the 6 months before.');
  });

  it('puts the chosen scope and period in the address on Update', async () => {
    await renderDevon();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (page.querySelector('#scope') as HTMLSelectElement).value = 'prison:DAI';
    (page.querySelector('#from') as HTMLInputElement).value = '2026-04-01';
    (page.querySelector('#to') as HTMLInputElement).value = '2026-09-30';
    (testId('monitoring-filter') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(navigate).toHaveBeenCalledWith(['/monitoring'], { queryParams: { scope: 'prison:DAI', from: '2026-04-01', to: '2026-09-30' } });
  });

  it('refuses a start date after the end date, saying so beside the field', async () => {
    await renderDevon();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (page.querySelector('#from') as HTMLInputElement).value = '2026-10-01';
    (page.querySelector('#to') as HTMLInputElement).value = '2026-09-30';
    (testId('monitoring-filter') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(navigate).not.toHaveBeenCalled();
    expect(text(page.querySelector('.govuk-error-summary'))).toContain('The start date must be the same as or before the end date');
    expect(text(page.querySelector('#from-error'))).toContain('The start date must be the same as or before the end date');
  });

  it('lists the groups, then shows each with its figures written by unit, the change in words and the definition beside it', async () => {
    await renderDevon();
    expect(texts(testId('monitoring-contents') as Element, 'a')).toEqual(['Buddies', 'Supervision', 'Staff time and cost', 'Prisons compared']);
    expect(texts(page, 'h2.govuk-heading-l')).toEqual(['Buddies', 'Supervision', 'Staff time and cost', 'Prisons compared']);

    const figure = (key: string) => {
      const card = testId(`figure-${key}`) as Element;
      return [text(card.querySelector('h3')), text(card.querySelector('[data-testid=figure-value]')), text(card.querySelector('[data-testid=figure-change]'))];
    };
    expect(figure('buddies.applied')).toEqual(['Applications', '15', 'Up 3 from 12']);
    expect(figure('buddies.certified')).toEqual(['Buddies certified', '9', 'No change from 9']);
    expect(figure('buddies.active')).toEqual(['Active buddies today', '11', 'No previous figure']);
    expect(figure('supervision.onTime')).toEqual(['Supervision on time', '87.5%', 'Up 7.5 percentage points from 80%']);
    expect(figure('supervision.medianGap')).toEqual(['Median days between sessions', '27 days', 'Down 2 days from 29 days']);
    expect(figure('supervision.wellbeing')).toEqual(['Average wellbeing', '3.8 out of 5', 'Up 0.2 from 3.6 out of 5']);
    expect(figure('cost.staffHours')).toEqual(['Staff hours on the scheme', '212.3 hours', 'Up 14.3 hours from 198.0 hours']);
    expect(figure('cost.staffCost')).toEqual(['Staff cost', '£6,543.50', 'No previous figure']);
    expect(text(testId('figure-supervision.held')?.querySelector('[data-testid=figure-definition]'))).toBe('One-to-one supervision sessions recorded in the period.');
  });

  it('draws a chart for a table with one, with the same figures in a table under "View data as a table"', async () => {
    await renderDevon();
    const funnel = testId('monitoring-table-buddies.funnel') as Element;
    expect(text(funnel.querySelector('h3'))).toBe('From application to allocation');
    expect(funnel.querySelector('svg[role=img]')?.getAttribute('aria-label')).toContain('Of 15 people who applied');
    const details = funnel.querySelector('details.govuk-details') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).toBe('View data as a table: From application to allocation');
    const table = details.querySelector('[data-testid="table-buddies.funnel"]') as Element;
    expect(table.closest('.pp-scroll-region')?.getAttribute('role')).toBe('region');
    expect(rows(table)).toEqual(['Applied | 15', 'Selected | 12', 'Trained | 10', 'Certified | 9', 'Allocated | 7']);
    expect(texts(table, 'tbody th[scope=row]')).toEqual(['Applied', 'Selected', 'Trained', 'Certified', 'Allocated']);
    expect(table.querySelectorAll('tbody td.govuk-table__cell--numeric')).toHaveLength(5);
    expect(table.querySelector('thead th.govuk-table__header--numeric')?.textContent?.trim()).toBe('People');
  });

  it('shows a table without a chart as a table, with no chart and no details', async () => {
    await renderDevon();
    const overdue = testId('monitoring-table-supervision.overdue') as Element;
    expect(overdue.querySelector('svg')).toBeNull();
    expect(overdue.querySelector('details')).toBeNull();
    expect(rows(overdue)).toEqual(['HMP Exeter | 2', 'HMP Dartmoor | 0', 'HMP Channings Wood | 1']);
  });

  it('links each table’s CSV and the scheme summary PDF with the scope and period of the address', async () => {
    await renderDevon({ scope: 'cluster:devon', from: '2025-12-02', to: '2026-12-01' });
    const query = 'scope=cluster%3Adevon&from=2025-12-02&to=2026-12-01';
    expect(link(page, /^Download the scheme summary \(PDF\)$/)?.getAttribute('href')).toBe(`/api/monitoring/summary.pdf?${query}`);
    const csv = link(testId('monitoring-table-supervision.monthly'), /^Download CSV/);
    expect(text(csv)).toBe('Download CSV of Supervision sessions by month');
    expect(csv?.getAttribute('href')).toBe(`/api/monitoring/csv/supervision.monthly?${query}`);
    expect(link(testId('comparison'), /^Download CSV/)?.getAttribute('href')).toBe(`/api/monitoring/csv/comparison?${query}`);
  });

  it('links downloads without a query when the address has none (the API’s defaults)', async () => {
    await renderDevon();
    expect(link(page, /^Download the scheme summary/)?.getAttribute('href')).toBe('/api/monitoring/summary.pdf');
    expect(link(testId('monitoring-table-buddies.funnel'), /^Download CSV/)?.getAttribute('href')).toBe('/api/monitoring/csv/buddies.funnel');
  });

  it('compares the prisons in a table sorted by prison, every heading a sort control', async () => {
    await renderDevon();
    const comparison = testId('table-comparison') as Element;
    expect(rows(comparison)).toEqual(['HMP Channings Wood | 2 | 100% | 3.5', 'HMP Dartmoor | 3 | 75% | No figure', 'HMP Exeter | 6 | 91.7% | 3.9']);
    expect(comparison.querySelector('thead th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(texts(comparison, 'thead th a')).toEqual(['Prison', 'Active buddies', 'Supervision on time', 'Average wellbeing']);
    expect(comparison.closest('.pp-scroll-region')?.getAttribute('aria-label')).toBe('Prisons compared');
  });

  it('sorts the prisons by the column and order in the address, an empty cell last', async () => {
    await renderDevon({ sort: 'wellbeing', order: 'desc' });
    const comparison = testId('table-comparison') as Element;
    expect(texts(comparison, 'tbody th')).toEqual(['HMP Exeter', 'HMP Channings Wood', 'HMP Dartmoor']);
    expect(Array.from(comparison.querySelectorAll('thead th')).map((th) => th.getAttribute('aria-sort'))).toEqual(['none', 'none', 'none', 'descending']);

    fixture.componentRef.setInput('sort', 'supervisionOnTime');
    fixture.componentRef.setInput('order', 'asc');
    await settle();
    expect(texts(comparison, 'tbody th')).toEqual(['HMP Dartmoor', 'HMP Exeter', 'HMP Channings Wood']);
    // Sorting is done here: the dashboard is not asked for again.
    http.expectNone('/api/monitoring');
  });

  it('says what the API refused, with a way back to the default view', async () => {
    await render({ from: '2026-13-01' });
    dashboardRequest().flush({ code: 'validation_failed', message: 'The start date must be a real date' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text(testId('monitoring-refused'))).toContain('The start date must be a real date');
    expect(link(page, /^Show the last 12 months/)?.getAttribute('href')).toBe('/monitoring');
  });

  it('says sorry when the dashboard cannot be shown', async () => {
    await render();
    dashboardRequest().flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text(page)).toContain('Sorry, monitoring cannot be shown right now. Try again later.');
  });
});

describe('sorting a monitoring table', () => {
  const table = DEVON_DASHBOARD.comparison;
  const prisons = (sort: string, order: 'asc' | 'desc') => sortRows(table, { sort, order }).map((r) => r['prison']);

  it('sorts numbers as numbers and text alphabetically, either way, empty cells last', () => {
    expect(prisons('activeBuddies', 'asc')).toEqual(['HMP Channings Wood', 'HMP Dartmoor', 'HMP Exeter']);
    expect(prisons('activeBuddies', 'desc')).toEqual(['HMP Exeter', 'HMP Dartmoor', 'HMP Channings Wood']);
    expect(prisons('prison', 'desc')).toEqual(['HMP Exeter', 'HMP Dartmoor', 'HMP Channings Wood']);
    expect(prisons('wellbeing', 'asc')).toEqual(['HMP Channings Wood', 'HMP Exeter', 'HMP Dartmoor']);
  });

  it('falls back to the first column, ascending, for a column the table does not have', () => {
    expect(tableSortOf(table, 'nonsense', 'desc')).toEqual({ sort: 'prison', order: 'asc' });
    expect(tableSortOf(table, undefined, undefined)).toEqual({ sort: 'prison', order: 'asc' });
    expect(tableSortOf(table, 'wellbeing', 'sideways')).toEqual({ sort: 'wellbeing', order: 'asc' });
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AllocationNeedingAttention, AllocationView, CurrentUser, RoleAssignmentView } from '@peerpath/contracts';
import { AllocationsPage } from '@peerpath/web/allocation/allocations.page';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { Flash } from '@peerpath/web/govuk/flash';

const allocation = (id: string, buddyName: string, recipientName: string): AllocationView => ({
  id,
  buddyId: `${id}-buddy`,
  buddyName,
  buddyPrisonNumber: 'B4300CD',
  recipientId: `${id}-recipient`,
  recipientName,
  recipientPrisonNumber: 'G4821RT',
  prisonCode: 'EXI',
  tasks: ['collecting_meals', 'wheelchair_assistance'],
  plannedWeeklyHours: 6,
  startsOn: '2026-01-12',
  status: 'active',
  endedOn: null,
  endReason: null,
  allocatedBy: 'Chris Coordinator',
});
const craig: AllocationNeedingAttention = {
  ...allocation('a2', 'Craig Davies', 'Leonard Kerr'),
  certificateNumber: 'PP-EXI-2026-00003',
  certificateStatus: 'suspended',
};

describe('AllocationsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AllocationsPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  const pageOf = (items: AllocationView[], total = items.length, pageNumber = 1) => ({ items, total, page: pageNumber, pageSize: 25 });
  const list = (check: (params: URLSearchParams) => boolean = () => true) =>
    http.expectOne((r) => r.url === '/api/allocations' && check(new URLSearchParams(r.params.toString())));
  const attentionList = (check: (params: URLSearchParams) => boolean = () => true) =>
    http.expectOne((r) => r.url === '/api/allocations/needing-attention' && check(new URLSearchParams(r.params.toString())));

  async function render(roles: RoleAssignmentView[], prison?: string, query: Record<string, string> = {}): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(AllocationsPage);
    if (prison) fixture.componentRef.setInput('prison', prison);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush([]);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AllocationsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  const coordinator: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };

  it('puts allocations needing attention first, with the certificate problem in words and a way to end each', async () => {
    TestBed.inject(Flash).set('Elliot Fraser is allocated to Dennis Shaw.');
    await render([coordinator], 'exi');
    list((p) => p.get('prison') === 'EXI' && p.get('page') === '1' && p.get('pageSize') === '25' && !p.has('status') && !p.has('sort')).flush(
      pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe'), craig]),
    );
    attentionList((p) => p.get('prison') === 'EXI' && p.get('page') === '1' && p.get('pageSize') === '25').flush(pageOf([craig]));
    await settle();

    expect(texts('[data-testid=success-banner] .govuk-notification-banner__heading')).toEqual(['Elliot Fraser is allocated to Dennis Shaw.']);
    expect(texts('h2').filter((h) => h !== 'Success')).toEqual(['Allocations needing attention', 'Active allocations']);
    const attention = page.querySelector('[data-testid=allocations-needing-attention] tbody tr');
    expect(attention?.querySelector('.govuk-tag')?.textContent?.trim()).toBe('Certificate PP-EXI-2026-00003 is suspended');
    const end = attention?.querySelector('a[href="/allocations/a2/end"]');
    expect(end?.textContent?.replace(/\s+/g, ' ').trim()).toBe('End allocation of Craig Davies to Leonard Kerr');
    expect(texts('[data-testid=allocations-list] tbody tr td:nth-child(3) li')).toEqual([
      'Collecting meals',
      'Pushing a wheelchair',
      'Collecting meals',
      'Pushing a wheelchair',
    ]);
    expect(texts('[data-testid=allocations-list] tbody tr td:nth-child(4)')).toEqual(['6 hours', '6 hours']);
    expect(texts('[data-testid=allocations-list] caption')).toEqual(['Showing 1 to 2 of 2 active allocations']);
    expect(texts('[data-testid=allocations-needing-attention] caption')).toEqual(['1 allocation whose buddy has no valid certificate']);
  });

  it('pages the allocations needing attention on their own, the page in the address apart from the main list’s', async () => {
    await render([coordinator], undefined, { attentionPage: '3', page: '2' });
    list((p) => p.get('page') === '2').flush(pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe')], 30, 2));
    attentionList((p) => p.get('page') === '3' && p.get('pageSize') === '25').flush(pageOf([craig], 51, 3));
    await settle();
    expect(texts('[data-testid=allocations-needing-attention] caption')).toEqual(['Showing 51 to 51 of 51 allocations whose buddy has no valid certificate']);
    const attentionPages = page.querySelector('nav[aria-label="Pages of allocations needing attention"]');
    expect(attentionPages?.querySelector('[aria-current=page]')?.textContent?.trim()).toBe('3');
    expect(attentionPages?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/?attentionPage=2');
    const listPages = page.querySelector('nav[aria-label="Pages of allocations"]');
    expect(listPages?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/?page=1');
  });

  it('sorts on the columns a coordinator sorts by, newest start first unless the address says otherwise', async () => {
    await render([coordinator]);
    list().flush(pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe')]));
    attentionList().flush(pageOf([]));
    await settle();
    const header = (name: string) => Array.from(page.querySelectorAll('th')).find((th) => th.textContent?.trim() === name);
    expect(header('Since')?.getAttribute('aria-sort')).toBe('descending');
    expect(header('Hours a week')?.getAttribute('aria-sort')).toBe('none');
    expect(header('Tasks')?.hasAttribute('aria-sort')).toBe(false);
    // Sorted on already: the other way; not yet: most hours first.
    expect(header('Since')?.querySelector('a')?.getAttribute('href')).toBe('/?sort=startsOn&order=asc');
    expect(header('Hours a week')?.querySelector('a')?.getAttribute('href')).toBe('/?sort=hours&order=desc');
    expect(header('Buddy')?.querySelector('a')?.getAttribute('href')).toBe('/?sort=buddy&order=asc');
  });

  it('asks for the sort, status and page in the address, shows when each ended, and pages', async () => {
    await render([coordinator], undefined, { status: 'all', sort: 'hours', order: 'asc', page: '2' });
    const ended: AllocationView = { ...allocation('a4', 'Gareth Hughes', 'Peter Mills'), status: 'ended', endedOn: '2026-03-01', endReason: 'Moved wing' };
    list((p) => p.get('status') === 'all' && p.get('sort') === 'hours' && p.get('order') === 'asc' && p.get('page') === '2').flush(pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe'), ended], 52, 2));
    attentionList().flush(pageOf([]));
    await settle();
    expect(page.querySelector<HTMLSelectElement>('#status')?.value).toBe('all');
    expect(texts('h2')).toContain('All allocations');
    expect(texts('[data-testid=allocations-list] caption')).toEqual(['Showing 26 to 27 of 52 allocations']);
    expect(texts('[data-testid=allocations-list] tbody tr td:nth-child(6)')).toEqual(['Active', '1 March 2026 Moved wing']);
    expect(page.querySelector('a[href="/allocations/a4/end"]')).toBeNull();
    expect(page.querySelector('th[aria-sort=ascending]')?.textContent?.trim()).toBe('Hours a week');
    expect(texts('nav[aria-label="Pages of allocations"] .govuk-pagination__item')).toEqual(['1', '2', '3']);
    expect(page.querySelector('[aria-current=page]')?.textContent?.trim()).toBe('2');
  });

  it('shows an auditor the same lists without any way to change them', async () => {
    await render([{ role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' }]);
    list().flush(pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe')]));
    attentionList().flush(pageOf([]));
    await settle();

    expect(texts('[data-testid=attention-empty]')).toEqual(['None. Every buddy allocated now holds a valid certificate.']);
    expect(page.querySelector('a[href*="/end"]')).toBeNull();
    expect(page.querySelector('a[href="/allocations/new"]')).toBeNull();
  });

  it('offers to end only the allocations at prisons where the user coordinates', async () => {
    await render([coordinator]);
    const atDartmoor = { ...allocation('a3', 'Ada Lovell', 'Rose Hill'), prisonCode: 'DAI' };
    list().flush(pageOf([allocation('a1', 'Xavier Young', 'Graham Rowe'), atDartmoor]));
    attentionList().flush(pageOf([{ ...craig, prisonCode: 'DAI' }]));
    await settle();

    expect(page.querySelector('a[href="/allocations/a1/end"]')).not.toBeNull();
    expect(page.querySelector('a[href="/allocations/a3/end"]')).toBeNull();
    expect(page.querySelector('a[href="/allocations/a2/end"]')).toBeNull();
  });
});

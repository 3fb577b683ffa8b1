import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { BuddySummary, CurrentUser, Page, PrisonSummary, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { BuddyRegisterPage } from '@peerpath/web/buddies/buddy-register.page';

const prisons: PrisonSummary[] = [
  { code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' },
  { code: 'DAI', name: 'Dartmoor', clusterCode: 'DEVON', clusterName: 'Devon' },
];

const buddy = (n: number, stage: BuddySummary['stage'] = 'applied'): BuddySummary => ({
  id: `b${n}`,
  prisonNumber: `A${1000 + n}BC`,
  firstName: 'Sam',
  lastName: `Jones${n}`,
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  appliedOn: '2026-03-03',
  selectionStatus: stage === 'declined' || stage === 'applied' ? stage : 'approved',
  stage,
});

describe('BuddyRegisterPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BuddyRegisterPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [BuddyRegisterPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(role: RoleAssignmentView, query: Record<string, string>, result: Page<BuddySummary>) {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles: [role] };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(BuddyRegisterPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush(prisons);
    const request = http.expectOne((r) => r.url === '/api/buddies');
    request.flush(result);
    await settle();
    return request.request;
  }

  const coordinator: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
  const auditor: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };

  it('asks the API for the filters in the address and shows them in the form', async () => {
    const request = await open(coordinator, { search: 'jones', prison: 'dai', stage: 'approved', page: '2' }, { items: [], total: 0, page: 2, pageSize: 25 });

    expect(request.params.keys().sort()).toEqual(['page', 'pageSize', 'prison', 'search', 'stage']);
    expect(request.params.get('prison')).toBe('DAI');
    expect(request.params.get('page')).toBe('2');
    expect(page.querySelector<HTMLInputElement>('#search')?.value).toBe('jones');
    expect(page.querySelector<HTMLSelectElement>('#prison')?.value).toBe('DAI');
    expect(page.querySelector<HTMLSelectElement>('#stage')?.value).toBe('approved');
    expect(page.querySelector('[data-testid=register-empty]')?.textContent?.trim()).toBe('No buddies match these filters.');
  });

  it('lists buddies with their journey stage as a tag, and pages through them', async () => {
    const items = [buddy(1, 'certified'), buddy(2, 'declined'), buddy(3), buddy(4, 'in_training')];
    await open(coordinator, {}, { items, total: 60, page: 1, pageSize: 25 });

    const rows = Array.from(page.querySelectorAll('[data-testid=buddy-register] tbody tr'));
    expect(rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim()))).toEqual([
      ['Sam Jones1', 'A1001BC', 'Exeter', '3 March 2026', 'Certified'],
      ['Sam Jones2', 'A1002BC', 'Exeter', '3 March 2026', 'Declined'],
      ['Sam Jones3', 'A1003BC', 'Exeter', '3 March 2026', 'Applied'],
      ['Sam Jones4', 'A1004BC', 'Exeter', '3 March 2026', 'In training'],
    ]);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/buddies/b1');
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Showing 1 to 4 of 60 people');
    const pages = Array.from(page.querySelectorAll('.govuk-pagination__item')).map((li) => li.textContent?.trim());
    expect(pages).toEqual(['1', '2', '3']);
    expect(page.querySelector('[aria-current=page]')?.textContent?.trim()).toBe('1');
    // The link is relative to the page it is on (/buddies in the app; the root in this test).
    expect(page.querySelector('.govuk-pagination__next a')?.getAttribute('href')).toBe('/?page=2');
  });

  it('applies the filter form through the address, back on page 1', async () => {
    await open(coordinator, { page: '3' }, { items: [buddy(1)], total: 1, page: 3, pageSize: 25 });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const search = page.querySelector<HTMLInputElement>('#search');
    if (search) {
      search.value = ' A1234BC ';
      search.dispatchEvent(new Event('input'));
    }
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

    expect(navigate).toHaveBeenCalledWith(['/buddies'], {
      queryParams: { search: 'A1234BC', prison: null, stage: null, page: null },
      queryParamsHandling: 'merge',
    });
  });

  it('offers "Add an applicant" to coordinators only', async () => {
    await open(coordinator, {}, { items: [], total: 0, page: 1, pageSize: 25 });
    expect(page.querySelector('a[href="/buddies/new"]')?.textContent?.trim()).toBe('Add an applicant');
  });

  it('gives an auditor the register without "Add an applicant"', async () => {
    await open(auditor, {}, { items: [buddy(1)], total: 1, page: 1, pageSize: 25 });
    expect(page.querySelector('a[href="/buddies/new"]')).toBeNull();
    expect(page.querySelectorAll('[data-testid=buddy-register] tbody tr')).toHaveLength(1);
  });
});

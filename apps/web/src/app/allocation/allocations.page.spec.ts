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

  async function render(roles: RoleAssignmentView[], prison?: string): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(AllocationsPage);
    if (prison) fixture.componentRef.setInput('prison', prison);
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
    http.expectOne((r) => r.url === '/api/allocations' && r.params.get('prison') === 'EXI').flush([allocation('a1', 'Xavier Young', 'Graham Rowe'), craig]);
    http.expectOne((r) => r.url === '/api/allocations/needing-attention' && r.params.get('prison') === 'EXI').flush([craig]);
    await settle();

    expect(texts('[data-testid=success-banner] .govuk-notification-banner__heading')).toEqual(['Elliot Fraser is allocated to Dennis Shaw.']);
    expect(texts('h2').filter((h) => h !== 'Success')).toEqual(['Allocations needing attention', 'Active allocations']);
    const attention = page.querySelector('[data-testid=allocations-needing-attention] tbody tr');
    expect(attention?.querySelector('.govuk-tag')?.textContent?.trim()).toBe('Certificate PP-EXI-2026-00003 is suspended');
    const end = attention?.querySelector('a[href="/allocations/a2/end"]');
    expect(end?.textContent?.replace(/\s+/g, ' ').trim()).toBe('End allocation of Craig Davies to Leonard Kerr');
    expect(texts('[data-testid=active-allocations] tbody tr td:nth-child(3) li')).toEqual([
      'Collecting meals',
      'Pushing a wheelchair',
      'Collecting meals',
      'Pushing a wheelchair',
    ]);
    expect(texts('[data-testid=active-allocations] tbody tr td:nth-child(4)')).toEqual(['6 hours', '6 hours']);
  });

  it('shows an auditor the same lists without any way to change them', async () => {
    await render([{ role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' }]);
    http.expectOne('/api/allocations').flush([allocation('a1', 'Xavier Young', 'Graham Rowe')]);
    http.expectOne('/api/allocations/needing-attention').flush([]);
    await settle();

    expect(texts('[data-testid=attention-empty]')).toEqual(['None. Every buddy allocated now holds a valid certificate.']);
    expect(page.querySelector('a[href*="/end"]')).toBeNull();
    expect(page.querySelector('a[href="/allocations/new"]')).toBeNull();
  });

  it('offers to end only the allocations at prisons where the user coordinates', async () => {
    await render([coordinator]);
    const atDartmoor = { ...allocation('a3', 'Ada Lovell', 'Rose Hill'), prisonCode: 'DAI' };
    http.expectOne('/api/allocations').flush([allocation('a1', 'Xavier Young', 'Graham Rowe'), atDartmoor]);
    http.expectOne('/api/allocations/needing-attention').flush([{ ...craig, prisonCode: 'DAI' }]);
    await settle();

    expect(page.querySelector('a[href="/allocations/a1/end"]')).not.toBeNull();
    expect(page.querySelector('a[href="/allocations/a3/end"]')).toBeNull();
    expect(page.querySelector('a[href="/allocations/a2/end"]')).toBeNull();
  });
});

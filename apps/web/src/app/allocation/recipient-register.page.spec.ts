import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser, RecipientSummary } from '@peerpath/contracts';
import { prisonFromQuery, RecipientRegisterPage } from '@peerpath/web/allocation/recipient-register.page';
import { AuthService } from '@peerpath/web/auth/auth.service';

const recipient = (id: string, name: string, activeAllocations: number): RecipientSummary => ({
  id,
  prisonNumber: `G${id.padStart(4, '0')}AA`,
  firstName: name.split(' ')[0],
  lastName: name.split(' ')[1],
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  supportSummary: 'Needs an escort to healthcare.',
  carePlanReference: 'DCC-1',
  activeAllocations,
  allocationsNeedingAttention: 0,
  waitingSince: activeAllocations === 0 ? '2026-02-0' + id : null,
  outcomeReviewDueOn: null,
  lastReviewedOn: null,
  version: 1,
});
const pageOf = (items: RecipientSummary[], total = items.length) => ({ items, total, page: 1, pageSize: 25 });

describe('RecipientRegisterPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RecipientRegisterPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RecipientRegisterPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = {
      id: 'u1',
      username: 'coordinator',
      displayName: 'Chris Coordinator',
      roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
    };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(RecipientRegisterPage);
    fixture.componentRef.setInput('prison', 'exi');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush([{ code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' }]);
  });

  afterEach(() => http.verify());

  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('lists the people waiting longest first, each with a way to allocate a buddy, and the supported with their support', async () => {
    http
      .expectOne((r) => r.url === '/api/recipients' && r.params.get('prison') === 'EXI' && r.params.get('page') === '1' && !r.params.has('sort'))
      .flush(
        pageOf(
          [recipient('1', 'Dennis Shaw', 0), recipient('2', 'Brian Walsh', 0), recipient('3', 'Graham Rowe', 2), { ...recipient('4', 'Peter Mills', 1), allocationsNeedingAttention: 1 }],
          30,
        ),
      );
    await settle();

    expect(texts('[data-testid=recipients] caption')).toEqual(['Showing 1 to 4 of 30 people']);
    expect(texts('[data-testid=recipients] tbody td:first-child a')).toEqual(['Dennis Shaw', 'Brian Walsh', 'Graham Rowe', 'Peter Mills']);
    expect(texts('[data-testid=recipients] tbody td:nth-child(4)')).toEqual(['1 February 2026', '2 February 2026', 'Not waiting', 'Not waiting']);
    expect(texts('[data-testid=recipients] .govuk-tag')).toEqual(['Waiting for a buddy', 'Waiting for a buddy', 'Supported by 2 buddies', 'Their buddy’s certificate is no longer valid']);
    const allocate = page.querySelector('[data-testid=recipients] a[href="/allocations/new?recipient=1"]');
    expect(allocate?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Allocate a buddy to Dennis Shaw');
    expect(page.querySelector('a[href="/allocations/new?recipient=3"]')).toBeNull();
    expect(page.querySelector('a[href="/recipients/new"]')?.textContent?.trim()).toBe('Add a recipient');
    const waitingSince = Array.from(page.querySelectorAll('th')).find((th) => th.textContent?.trim() === 'Waiting since');
    expect(waitingSince?.getAttribute('aria-sort')).toBe('ascending');
    expect(waitingSince?.querySelector('a')?.getAttribute('href')).toBe('/?sort=waitingSince&order=desc');
    expect(texts('.govuk-pagination__item')).toEqual(['1', '2']);
  });

  it('offers to allocate only to people at prisons where the user coordinates', async () => {
    http
      .expectOne((r) => r.url === '/api/recipients')
      .flush(pageOf([recipient('1', 'Dennis Shaw', 0), { ...recipient('2', 'Brian Walsh', 0), prisonCode: 'DAI', prisonName: 'Dartmoor' }]));
    await settle();

    expect(page.querySelector('a[href="/allocations/new?recipient=1"]')).not.toBeNull();
    expect(page.querySelector('a[href="/allocations/new?recipient=2"]')).toBeNull();
  });

  it('says the register cannot be shown when the API answers 404, rather than failing', async () => {
    http
      .expectOne((r) => r.url === '/api/recipients')
      .flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.textContent).toMatch(/Sorry/);
  });

  it('filters through the address, back on page 1', async () => {
    http.expectOne((r) => r.url === '/api/recipients').flush(pageOf([]));
    await settle();
    expect(texts('[data-testid=recipients-empty]')).toEqual(['Nobody on the register matches these filters.']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = page.querySelector<HTMLSelectElement>('#prison');
    if (!select) throw new Error('no prison filter');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const support = page.querySelector<HTMLSelectElement>('#support');
    if (!support) throw new Error('no support filter');
    support.value = 'flagged';
    support.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    expect(navigate).toHaveBeenCalledWith(['/recipients'], { queryParams: { prison: null, support: 'flagged', search: null, page: null }, queryParamsHandling: 'merge' });
  });
});

describe('prisonFromQuery', () => {
  it('reads only real prison codes from the address', () => {
    expect(prisonFromQuery(' exi ')).toBe('EXI');
    expect(prisonFromQuery('EXETER')).toBe('');
    expect(prisonFromQuery(undefined)).toBe('');
  });
});

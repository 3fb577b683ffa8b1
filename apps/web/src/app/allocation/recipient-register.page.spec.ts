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
  version: 1,
});

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

  it('lists the people waiting for support first, each with a way to allocate a buddy', async () => {
    http
      .expectOne((r) => r.url === '/api/recipients' && r.params.get('prison') === 'EXI')
      .flush([recipient('1', 'Dennis Shaw', 0), recipient('2', 'Brian Walsh', 0), recipient('3', 'Graham Rowe', 2)]);
    await settle();

    expect(texts('[data-testid=recipients-waiting] tbody td:first-child')).toEqual(['Dennis Shaw', 'Brian Walsh']);
    expect(texts('[data-testid=recipients-supported] tbody td:first-child')).toEqual(['Graham Rowe']);
    expect(texts('[data-testid=recipients-supported] .govuk-tag')).toEqual(['Supported by 2 buddies']);
    const allocate = page.querySelector('[data-testid=recipients-waiting] a[href="/allocations/new?recipient=1"]');
    expect(allocate?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Allocate a buddy to Dennis Shaw');
    expect(page.querySelector('a[href="/recipients/new"]')?.textContent?.trim()).toBe('Add a recipient');
  });

  it('offers to allocate only to people at prisons where the user coordinates', async () => {
    http
      .expectOne((r) => r.url === '/api/recipients')
      .flush([recipient('1', 'Dennis Shaw', 0), { ...recipient('2', 'Brian Walsh', 0), prisonCode: 'DAI', prisonName: 'Dartmoor' }]);
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

  it('filters by prison through the address', async () => {
    http.expectOne((r) => r.url === '/api/recipients').flush([]);
    await settle();
    expect(texts('[data-testid=recipients-empty]')).toEqual(['There is nobody on the recipient register here yet.']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = page.querySelector<HTMLSelectElement>('#prison');
    if (!select) throw new Error('no prison filter');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    expect(navigate).toHaveBeenCalledWith(['/recipients'], { queryParams: { prison: null } });
  });
});

describe('prisonFromQuery', () => {
  it('reads only real prison codes from the address', () => {
    expect(prisonFromQuery(' exi ')).toBe('EXI');
    expect(prisonFromQuery('EXETER')).toBe('');
    expect(prisonFromQuery(undefined)).toBe('');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, SupervisionDueItem, SupervisionState } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { SupervisionDuePage } from '@peerpath/web/supervision/supervision-due.page';

const item = (lastName: string, state: SupervisionState, nextDueOn: string): SupervisionDueItem => ({
  buddyId: lastName.toLowerCase(),
  prisonNumber: 'A1234BC',
  firstName: 'Sam',
  lastName,
  prisonCode: 'EXI',
  status: { state, lastSupervisedOn: null, nextDueOn, daysOverdue: state === 'overdue' ? 3 : 0 },
});

describe('SupervisionDuePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SupervisionDuePage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }
  const pageOf = (items: SupervisionDueItem[], total = items.length, pageNumber = 1) => ({ items, total, page: pageNumber, pageSize: 25 });
  const due = (state: string, check: (params: URLSearchParams) => boolean = () => true) =>
    http.expectOne((r) => {
      const params = new URLSearchParams(r.params.toString());
      return r.url === '/api/supervision/due' && params.get('state') === state && check(params);
    });
  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  async function render(query: Record<string, string> = {}): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'coordinator', displayName: 'Chris Coordinator', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }] };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(SupervisionDuePage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush([]);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [SupervisionDuePage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for each list a page at a time, and counts everyone on it', async () => {
    await render({ prison: 'exi' });
    due('overdue', (p) => p.get('prison') === 'EXI' && p.get('page') === '1' && p.get('pageSize') === '25').flush(pageOf([item('Adams', 'overdue', '2026-02-01'), item('Bowen', 'overdue', '2026-02-20')], 2));
    due('due_soon', (p) => p.get('prison') === 'EXI' && p.get('page') === '1').flush(pageOf([]));
    await settle();
    expect(texts('h2')).toEqual(['Overdue (2)', 'Due this week (0)']);
    expect(texts('[data-testid=overdue] tbody tr td:first-child')).toEqual(['Sam Adams', 'Sam Bowen']);
    expect(texts('[data-testid=due-soon-empty]')).toEqual(['Nobody else is due this week.']);
    expect(page.querySelector('a[href="/buddies/adams/supervision/new"]')).not.toBeNull();
    expect(page.querySelector('nav.govuk-pagination')).toBeNull();
  });

  it('keeps each list’s page in the address on its own', async () => {
    await render({ overduePage: '2' });
    due('overdue', (p) => p.get('page') === '2' && !p.has('prison')).flush(pageOf([item('Cole', 'overdue', '2026-02-21')], 26, 2));
    due('due_soon', (p) => p.get('page') === '1').flush(pageOf([item('Dee', 'due_soon', '2026-03-11')], 30));
    await settle();
    expect(texts('h2')).toEqual(['Overdue (26)', 'Due this week (30)']);
    expect(texts('[data-testid=overdue] caption')).toEqual(['Overdue for supervision, most overdue first: 26 to 26 of 26']);
    const overduePages = page.querySelector('nav[aria-label="Pages of buddies overdue for supervision"]');
    expect(overduePages?.querySelector('[aria-current=page]')?.textContent?.trim()).toBe('2');
    expect(overduePages?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/?overduePage=1');
    const soonPages = page.querySelector('nav[aria-label="Pages of buddies due supervision this week"]');
    expect(soonPages?.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/?dueSoonPage=2');
  });

  it('says sorry when a list cannot be shown', async () => {
    await render();
    due('overdue').flush({ message: 'down' }, { status: 503, statusText: 'Service Unavailable' });
    due('due_soon').flush(pageOf([]));
    await settle();
    expect(texts('p.govuk-body')).toContain('Sorry, supervision cannot be shown right now. Try again later.');
    expect(texts('h2')).toEqual(['Overdue', 'Due this week (0)']);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AuditEventView } from '@peerpath/contracts';
import { AuditTrailPage } from '@peerpath/web/audit/audit-trail.page';

const BUDDY = '0b7c5d8e-1111-4a2b-9c3d-123456789abc';
const supervision: AuditEventView = {
  id: 'e1',
  occurredAt: '2026-07-01T23:30:00.000Z',
  who: 'Chris Coordinator',
  whoUsername: 'coordinator',
  action: 'supervision.recorded',
  what: 'Supervision recorded',
  subjectType: 'buddy',
  subjectId: BUDDY,
  subject: 'Aaron Blake (A1234BC)',
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  changes: [
    { field: 'Wellbeing (1 to 5)', before: '3', after: '4' },
    { field: 'Notes', before: null, after: 'Settled in' },
  ],
  requestId: 'req-123',
};

describe('AuditTrailPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AuditTrailPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }
  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  const trail = () => http.expectOne((r) => r.url === '/api/audit');

  async function render(query: Record<string, string> = {}): Promise<void> {
    fixture = TestBed.createComponent(AuditTrailPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/audit/actions').flush([{ kind: 'Supervision', actions: [{ action: 'supervision.recorded', words: 'Supervision recorded' }] }]);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AuditTrailPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("shows a buddy's trail in words: who, when in London, what, about whom, and each change before and after", async () => {
    await render({ buddyId: BUDDY });
    const request = trail();
    expect(request.request.params.get('buddyId')).toBe(BUDDY);
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items: [supervision], total: 1, page: 1, pageSize: 25 });
    http.expectOne(`/api/buddies/${BUDDY}`).flush({ id: BUDDY, firstName: 'Aaron', lastName: 'Blake', prisonNumber: 'A1234BC' });
    await settle();

    expect(texts('[data-testid="subject-filter"]')).toEqual(['Buddy: Aaron Blake (A1234BC)Remove filter Buddy: Aaron Blake (A1234BC)']);
    expect(texts('[data-testid="audit-event"] td')).toEqual([
      '2 July 2026 at 00:30',
      'Chris Coordinator coordinator',
      // Block elements: each part on its own line on screen.
      'Supervision recordedRequest req-123',
      'Aaron Blake (A1234BC)Exeter',
      'Wellbeing (1 to 5)changed from 3 to 4NotesSettled in',
    ]);
    expect(page.querySelector('caption')?.textContent).toContain('Showing 1 to 1 of 1 change, newest first');
    const csv = Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.includes('Download CSV'));
    expect(csv?.getAttribute('href')).toBe(`/api/audit/csv?buddyId=${BUDDY}`);
    // The kinds of change arrive grouped.
    expect(texts('#action optgroup')).toEqual(['Supervision recorded']);
    expect(page.querySelector('#action optgroup')?.getAttribute('label')).toBe('Supervision');
  });

  it('filters by kind and dates through the address, keeping the buddy', async () => {
    await render({ buddyId: BUDDY });
    trail().flush({ items: [], total: 0, page: 1, pageSize: 25 });
    http.expectOne(`/api/buddies/${BUDDY}`).flush({ id: BUDDY, firstName: 'Aaron', lastName: 'Blake', prisonNumber: 'A1234BC' });
    await settle();
    expect(page.querySelector('[data-testid="audit-empty"]')?.textContent).toContain('No changes match these filters.');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = page.querySelector<HTMLSelectElement>('#action') as HTMLSelectElement;
    select.value = 'supervision.recorded';
    select.dispatchEvent(new Event('change'));
    for (const [id, value] of [['from-day', '1'], ['from-month', '7'], ['from-year', '2026']]) {
      const box = page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      box.value = value;
      box.dispatchEvent(new Event('input'));
    }
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(navigate).toHaveBeenCalledWith(['/audit'], {
      queryParams: { action: 'supervision.recorded', actor: null, from: '2026-07-01', to: null, page: null },
      queryParamsHandling: 'merge',
    });
  });

  it('says when more changes match than the trail counts, and pages only up to the count', async () => {
    await render({ page: '2' });
    const request = trail();
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: [{ ...supervision, id: 'e26' }], total: 10000, totalIsCapped: true, page: 2, pageSize: 25 });
    await settle();

    expect(page.querySelector('caption')?.textContent).toContain('Showing 26 to 26 of more than 10,000 changes, newest first');
    expect(page.querySelector('[data-testid="audit-capped"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'More than 10,000 changes match: the newest 10,000 are listed here. Narrow the dates or filters to see the rest, or download the CSV, which has every one.',
    );
    expect(texts('a.govuk-link').find((t) => t?.startsWith('Download CSV'))).toBe('Download CSV of every matching change');
    expect(texts('.govuk-pagination__item').at(-1)).toBe('400');
  });

  it('says what to correct when a date is not real, and asks nothing', async () => {
    await render();
    trail().flush({ items: [], total: 0, page: 1, pageSize: 25 });
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    for (const [id, value] of [['to-day', '31'], ['to-month', '2'], ['to-year', '2026']]) {
      const box = page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      box.value = value;
      box.dispatchEvent(new Event('input'));
    }
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(navigate).not.toHaveBeenCalled();
    expect(texts('.govuk-error-summary__list li')).toEqual(['The end date must be a real date, like 27 3 2026']);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AllocationView, CurrentUser, RecipientOutcomeReviews, RecipientSummary, RoleAssignmentView } from '@peerpath/contracts';
import { RecipientPage } from '@peerpath/web/allocation/recipient.page';
import { AuthService } from '@peerpath/web/auth/auth.service';

const COORDINATOR: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const ELSEWHERE: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' };
const AUDITOR: RoleAssignmentView = { role: 'auditor', scope: 'national', scopeLabel: 'National' };

const leonard: RecipientSummary = {
  id: 'r1',
  prisonNumber: 'G4821RT',
  firstName: 'Leonard',
  lastName: 'Kerr',
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  supportSummary: 'Help with meals',
  carePlanReference: 'CP-1',
  activeAllocations: 0,
  allocationsNeedingAttention: 0,
  waitingSince: '2026-03-01',
  outcomeReviewDueOn: null,
  lastReviewedOn: null,
  version: 1,
};

const NO_REVIEWS: RecipientOutcomeReviews = { nextDueOn: null, due: false, reviews: [] };

describe('RecipientPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RecipientPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(roles: RoleAssignmentView[], answer: RecipientSummary | 404 = leonard, allocations: AllocationView[] = [], reviews: RecipientOutcomeReviews = NO_REVIEWS): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(RecipientPage);
    fixture.componentRef.setInput('id', 'r1');
    page = fixture.nativeElement;
    await settle();
    const request = http.expectOne('/api/recipients/r1');
    // Their allocations are asked for at once, by their id.
    const theirs = http.expectOne((r) => r.url === '/api/allocations' && r.params.get('recipientId') === 'r1' && r.params.get('pageSize') === '100');
    const outcomes = http.expectOne('/api/recipients/r1/outcome-reviews');
    if (answer === 404) {
      const notFound = { statusCode: 404, code: 'NOT_FOUND', message: 'Not found' };
      request.flush(notFound, { status: 404, statusText: 'Not Found' });
      theirs.flush(notFound, { status: 404, statusText: 'Not Found' });
      outcomes.flush(notFound, { status: 404, statusText: 'Not Found' });
    } else {
      request.flush(answer);
      theirs.flush({ items: allocations, total: allocations.length, page: 1, pageSize: 100 });
      outcomes.flush(reviews);
    }
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [RecipientPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const link = (text: string) => Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.replace(/\s+/g, ' ').trim().startsWith(text));

  it('says the recipient is not found when the API answers 404, rather than loading for ever', async () => {
    await open([COORDINATOR], 404);
    expect(page.querySelector('h1')?.textContent).toBe('Recipient not found');
  });

  it("offers a coordinator at the recipient's prison to allocate a buddy and raise a concern", async () => {
    await open([COORDINATOR]);
    expect(page.querySelector('h1')?.textContent).toBe('Leonard Kerr');
    expect(link('Allocate a buddy')?.getAttribute('href')).toBe('/allocations/new?recipient=r1');
    expect(link('Raise a concern')?.getAttribute('href')).toBe('/concerns/new?recipient=r1');
  });

  it('offers neither to a coordinator at another prison', async () => {
    await open([ELSEWHERE]);
    expect(link('Allocate a buddy')).toBeUndefined();
    expect(link('Raise a concern')).toBeUndefined();
  });

  it('offers nothing to change to an auditor', async () => {
    await open([AUDITOR]);
    expect(link('Allocate a buddy')).toBeUndefined();
    expect(link('Raise a concern')).toBeUndefined();
  });

  it('lists outcome reviews newest first with the answers in words, and when the next is due', async () => {
    await open([COORDINATOR], leonard, [], {
      nextDueOn: '2026-06-01',
      due: false,
      reviews: [
        { id: 'o2', recipientId: 'r1', allocationId: 'a1', reviewedOn: '2026-03-02', helpsScore: 5, independenceScore: 4, comment: 'I get to the library again.', recordedByName: 'Chris Coordinator', recordedAt: '2026-03-02T12:00:00Z' },
        { id: 'o1', recipientId: 'r1', allocationId: 'a1', reviewedOn: '2025-12-01', helpsScore: 3, independenceScore: 2, comment: '', recordedByName: 'Chris Coordinator', recordedAt: '2025-12-01T12:00:00Z' },
      ],
    });
    expect(page.querySelector('#outcome-reviews-heading')?.textContent).toBe('Outcome reviews');
    expect(page.querySelector('[data-testid="outcome-review-due"]')?.textContent?.trim()).toBe('Next review due 1 June 2026.');
    const rows = Array.from(page.querySelectorAll('[data-testid="outcome-reviews"] tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2 March 2026', 'Strongly agree', 'Agree', 'I get to the library again.', 'Chris Coordinator'],
      ['1 December 2025', 'Neither agree nor disagree', 'Disagree', '–', 'Chris Coordinator'],
    ]);
    expect(page.querySelector('[data-testid="outcome-reviews"] thead')?.textContent).toContain('“My buddy helps me do the things I need”');
    expect(link('Record an outcome review')?.getAttribute('href')).toBe('/recipients/r1/outcome-review');
  });

  it('says when a review is due now, and offers recording one only to coordinators at their prison', async () => {
    await open([AUDITOR], leonard, [], { nextDueOn: '2026-02-01', due: true, reviews: [] });
    expect(page.querySelector('[data-testid="outcome-review-due"]')?.textContent).toContain('Review due');
    expect(page.querySelector('[data-testid="outcome-review-due"]')?.textContent).toContain('Next review due 1 February 2026: it is due now.');
    expect(page.textContent).toContain('No outcome review has been recorded yet.');
    expect(link('Record an outcome review')).toBeUndefined();
  });

  it('does not offer recording a review to a coordinator at another prison', async () => {
    await open([ELSEWHERE]);
    expect(page.querySelector('[data-testid="outcome-review-due"]')?.textContent?.trim()).toBe('No review is due while nobody supports them.');
    expect(link('Record an outcome review')).toBeUndefined();
  });
});

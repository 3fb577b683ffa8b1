import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AllocationView, CurrentUser, RecipientSummary, RoleAssignmentView } from '@peerpath/contracts';
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
  version: 1,
};

describe('RecipientPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RecipientPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(roles: RoleAssignmentView[], answer: RecipientSummary | 404 = leonard, allocations: AllocationView[] = []): Promise<void> {
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
    if (answer === 404) {
      const notFound = { statusCode: 404, code: 'NOT_FOUND', message: 'Not found' };
      request.flush(notFound, { status: 404, statusText: 'Not Found' });
      theirs.flush(notFound, { status: 404, statusText: 'Not Found' });
    } else {
      request.flush(answer);
      theirs.flush({ items: allocations, total: allocations.length, page: 1, pageSize: 100 });
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
});

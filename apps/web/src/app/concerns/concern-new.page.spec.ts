import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ConcernView, CurrentUser, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ConcernNewPage } from '@peerpath/web/concerns/concern-new.page';
import { Flash } from '@peerpath/web/govuk/flash';

const TRAINER: RoleAssignmentView = { role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const COORDINATOR: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };

const raised: ConcernView = {
  id: 'k1',
  kind: 'boundary',
  status: 'open',
  subject: 'buddy',
  subjectId: 'b1',
  subjectName: 'Xavier Young',
  subjectPrisonNumber: 'B2182XY',
  prisonCode: 'EXI',
  description: 'Asked to help with washing',
  raisedBy: 'Tess Trainer',
  raisedAt: '2026-03-03T10:00:00Z',
  outcome: null,
  reviewedBy: null,
  reviewedAt: null,
  version: 1,
};

describe('ConcernNewPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(roles: RoleAssignmentView[], query: Record<string, string>): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    const fixture = TestBed.createComponent(ConcernNewPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
  }

  async function raise(): Promise<void> {
    page.querySelector<HTMLInputElement>('#kind-boundary')?.click();
    const description = page.querySelector<HTMLTextAreaElement>('#description');
    if (!description) throw new Error('no description');
    description.value = 'Asked to help with washing';
    description.dispatchEvent(new Event('input'));
    await settle();
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = http.expectOne('/api/concerns');
    request.flush(raised);
    await settle();
  }

  const back = () => page.querySelector('.govuk-back-link')?.getAttribute('href');

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ConcernNewPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it("takes a trainer back to the cohort they came from, which shows the message", async () => {
    await open([TRAINER], { buddy: 'b1', cohort: 'c1' });
    expect(back()).toBe('/cohorts/c1');
    await raise();

    expect(navigate).toHaveBeenCalledWith(['/cohorts', 'c1']);
    expect(TestBed.inject(Flash).take()).toBe('Concern about Xavier Young raised. A coordinator at the prison will review it.');
  });

  it('shows a trainer with no page to go back to the message here', async () => {
    await open([TRAINER], { buddy: 'b1' });
    expect(back()).toBe('/');
    await raise();

    expect(navigate).not.toHaveBeenCalled();
    expect(page.querySelector('[data-testid=success-banner]')?.textContent).toContain('Concern about Xavier Young raised.');
    expect(document.activeElement?.id).toBe('success-banner-title');
  });

  it('goes back to the recipient a coordinator came from, and on to the concern once raised', async () => {
    await open([COORDINATOR], { recipient: 'r1' });
    http.expectOne('/api/recipients/r1').flush({ id: 'r1', firstName: 'Leonard', lastName: 'Kerr', prisonNumber: 'G4821RT' });
    await settle();
    expect(back()).toBe('/recipients/r1');
    expect(page.querySelector('.govuk-caption-l')?.textContent).toBe('Person supported: Leonard Kerr, G4821RT');
    await raise();

    expect(navigate).toHaveBeenCalledWith(['/concerns', 'k1']);
  });

  it("goes back to the buddy's record a coordinator came from", async () => {
    await open([COORDINATOR], { buddy: 'b1' });
    http.expectOne('/api/buddies/b1').flush({ id: 'b1', firstName: 'Xavier', lastName: 'Young', prisonNumber: 'B2182XY' });
    await settle();
    expect(back()).toBe('/buddies/b1');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateView, ConcernView, CurrentUser, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ConcernPage } from '@peerpath/web/concerns/concern.page';

const COORDINATOR: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const AUDITOR: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };

const concern: ConcernView = {
  id: 'c1',
  kind: 'boundary',
  status: 'open',
  subject: 'buddy',
  subjectId: 'b1',
  subjectName: 'Xavier Young',
  subjectPrisonNumber: 'B2182XY',
  prisonCode: 'EXI',
  description: 'Asked to help with washing',
  raisedBy: 'Chris Coordinator',
  raisedAt: '2026-03-03T10:00:00Z',
  outcome: null,
  reviewedBy: null,
  reviewedAt: null,
  version: 1,
};

const certificate = { id: 'cert1', number: 'PP-EXI-2026-00001', status: 'valid' } as CertificateView;

describe('ConcernPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ConcernPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ConcernPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(roles: RoleAssignmentView[], certificates: CertificateView[] = [certificate]) {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(ConcernPage);
    fixture.componentRef.setInput('id', 'c1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/concerns/c1').flush(concern);
    await settle();
    http.expectOne('/api/buddies/b1/certificates').flush(certificates);
    await settle();
  }

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);

  it('suspends the certificate pending review', async () => {
    await open([COORDINATOR]);
    expect(text('[data-testid=concern-certificate]')).toBe('PP-EXI-2026-00001 Valid');
    button('Suspend certificate pending review')?.click();

    const request = http.expectOne('/api/concerns/c1/certificate-suspension');
    expect(request.request.method).toBe('POST');
    request.flush(concern);
    await settle();
    http.expectOne('/api/buddies/b1/certificates').flush([{ ...certificate, status: 'suspended' }]);
    await settle();

    expect(text('.govuk-notification-banner')).toContain("Xavier Young's certificate is suspended while the concern is reviewed.");
    expect(document.activeElement?.id).toBe('success-banner-title');
    expect(text('[data-testid=concern-certificate]')).toBe('PP-EXI-2026-00001 Suspended');
    expect(button('Suspend certificate pending review')).toBeUndefined();
  });

  it('records the outcome, which closes the concern', async () => {
    await open([COORDINATOR]);
    button('Record outcome and close the concern')?.click();
    await settle();
    http.expectNone('/api/concerns/c1/resolution');
    expect(text('#outcome-error')).toBe('Error: Enter the outcome of the review');

    const outcome = page.querySelector<HTMLTextAreaElement>('#outcome');
    if (outcome) {
      outcome.value = 'Boundaries explained again';
      outcome.dispatchEvent(new Event('input'));
    }
    button('Record outcome and close the concern')?.click();
    const request = http.expectOne('/api/concerns/c1/resolution');
    expect(request.request.body).toEqual({ outcome: 'Boundaries explained again' });
    request.flush({ ...concern, status: 'resolved', outcome: 'Boundaries explained again', reviewedBy: 'Chris Coordinator', reviewedAt: '2026-03-05T10:00:00Z' });
    await settle();

    expect(text('[data-testid=concern-outcome]')).toBe('Boundaries explained again');
    expect(document.activeElement?.id).toBe('success-banner-title');
    expect(page.querySelector('[data-testid=resolve-form]')).toBeNull();
  });

  it('shows an auditor the concern without the review', async () => {
    await open([AUDITOR]);
    expect(text('h1')).toBe('Concern about Xavier Young');
    expect(page.querySelector('button')).toBeNull();
  });

  it('says the concern is not found when the API answers 404, rather than loading for ever', async () => {
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({ id: 'u1', username: 'someone', displayName: 'Some One', roles: [COORDINATOR] } satisfies CurrentUser);
    await loaded;
    fixture = TestBed.createComponent(ConcernPage);
    fixture.componentRef.setInput('id', 'c1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/concerns/c1').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(text('h1')).toBe('Concern not found');
  });
});

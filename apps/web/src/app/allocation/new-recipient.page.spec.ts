import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, PrisonSummary } from '@peerpath/contracts';
import { NewRecipientPage } from '@peerpath/web/allocation/new-recipient.page';
import { AuthService } from '@peerpath/web/auth/auth.service';

describe('NewRecipientPage', () => {
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(answer: PrisonSummary[] | 404): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [NewRecipientPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({
      id: 'u1',
      username: 'coordinator',
      displayName: 'Chris Coordinator',
      roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
    } satisfies CurrentUser);
    await loaded;
    const fixture = TestBed.createComponent(NewRecipientPage);
    await settle();
    const request = http.expectOne('/api/prisons');
    if (answer === 404) request.flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    else request.flush(answer);
    await settle();
    return fixture.nativeElement;
  }

  afterEach(() => http.verify());

  it('offers the prisons where the user coordinates', async () => {
    const page = await open([
      { code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' },
      { code: 'DAI', name: 'Dartmoor', clusterCode: 'DEVON', clusterName: 'Devon' },
    ]);
    expect(page.querySelector('form')).not.toBeNull();
    expect(page.textContent).toContain('Exeter');
    expect(page.textContent).not.toContain('Dartmoor');
  });

  it('says the prisons cannot be shown when the API answers 404, instead of failing', async () => {
    const page = await open(404);
    expect(page.textContent).toContain('Sorry, your prisons cannot be shown right now.');
    expect(page.querySelector('form')).toBeNull();
  });
});

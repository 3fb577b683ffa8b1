import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';

const user: CurrentUser = {
  id: 'u1',
  username: 'multi',
  displayName: 'Morgan Multi',
  roles: [
    { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' },
    { role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' },
    { role: 'trainer', scope: 'prison', prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' },
  ],
};

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('knows the signed-in user and their distinct roles in the usual order', async () => {
    const loaded = auth.loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;

    expect(auth.isSignedIn()).toBe(true);
    expect(auth.roles()).toEqual(['trainer', 'auditor']);
  });

  it('treats 401 from /api/auth/me as not signed in', async () => {
    const loaded = auth.loadCurrentUser();
    http
      .expectOne('/api/auth/me')
      .flush({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });

    await expect(loaded).resolves.toBeNull();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('forgets the user on sign out', async () => {
    const loaded = auth.loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;

    const signedOut = auth.signOut();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;

    expect(auth.currentUser()).toBeNull();
  });
});

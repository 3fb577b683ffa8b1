import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, CanActivateFn, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import type { CurrentUser, RoleAssignmentView } from '@peerpath/contracts';
import { areaGuard, changePasswordGuard, homeGuard, signedInGuard, signedOutGuard } from '@peerpath/web/auth/auth.guards';
import { AuthService } from '@peerpath/web/auth/auth.service';

function userWith(...roles: RoleAssignmentView[]): CurrentUser {
  return { id: 'u1', username: 'someone', displayName: 'Some One', roles };
}

describe('auth guards', () => {
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
  });

  function run(guard: CanActivateFn, url?: string) {
    return runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      guard({} as ActivatedRouteSnapshot, (url === undefined ? {} : { url }) as RouterStateSnapshot),
    );
  }

  /** What happens at start-up when GET /api/auth/me finds a session. */
  async function signInAs(user: CurrentUser): Promise<void> {
    const loaded = auth.loadCurrentUser();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(user);
    await loaded;
  }

  const urlOf = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('sends someone who is not signed in to the sign-in page', () => {
    const result = run(signedInGuard);
    expect(result).toBeInstanceOf(UrlTree);
    expect(urlOf(result)).toBe('/sign-in');
  });

  it('remembers where someone not signed in was going, so sign-in can bring them back', () => {
    expect(urlOf(run(signedInGuard, '/cohorts/c1'))).toBe('/sign-in?returnUrl=%2Fcohorts%2Fc1');
    expect(urlOf(run(areaGuard('cohorts'), '/cohorts/c1/enrol'))).toBe('/sign-in?returnUrl=%2Fcohorts%2Fc1%2Fenrol');
    expect(urlOf(run(homeGuard, '/'))).toBe('/sign-in');
  });

  it('lets a signed-in user through', async () => {
    await signInAs(userWith({ role: 'buddy', scope: 'self', scopeLabel: 'Yourself' }));
    expect(run(signedInGuard)).toBe(true);
  });

  it('keeps someone on a temporary password on Change your password, wherever they go', async () => {
    await signInAs({ ...userWith({ role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }), mustChangePassword: true });
    expect(urlOf(run(homeGuard, '/'))).toBe('/change-password');
    expect(urlOf(run(areaGuard('cohorts'), '/cohorts'))).toBe('/change-password');
    expect(urlOf(run(signedInGuard, '/concerns/new'))).toBe('/change-password');
    expect(run(changePasswordGuard, '/change-password')).toBe(true);
  });

  it('sends a signed-in user away from the sign-in page to home', async () => {
    await signInAs(userWith({ role: 'buddy', scope: 'self', scopeLabel: 'Yourself' }));
    expect(urlOf(run(signedOutGuard))).toBe('/');
  });

  it('lets someone who is not signed in see the sign-in page', () => {
    expect(run(signedOutGuard)).toBe(true);
  });

  describe('areaGuard', () => {
    it('sends someone not signed in to the sign-in page', () => {
      expect(urlOf(run(areaGuard('staff')))).toBe('/sign-in');
    });

    it('sends a coordinator away from staff accounts to home', async () => {
      await signInAs(userWith({ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }));
      expect(urlOf(run(areaGuard('staff')))).toBe('/forbidden');
      expect(run(areaGuard('prisons'))).toBe(true);
    });

    it('lets an admin open staff accounts', async () => {
      await signInAs(userWith({ role: 'admin', scope: 'national', scopeLabel: 'National' }));
      expect(run(areaGuard('staff'))).toBe(true);
    });
  });

  describe('buddies', () => {
    const buddy: RoleAssignmentView = { role: 'buddy', scope: 'self', scopeLabel: 'Yourself' };
    const coordinator: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };

    it('sends someone not signed in from home to the sign-in page', () => {
      expect(urlOf(run(homeGuard))).toBe('/sign-in');
    });

    it("sends a buddy's home to their own page", async () => {
      await signInAs(userWith(buddy));
      expect(urlOf(run(homeGuard))).toBe('/me');
      expect(run(areaGuard('me'))).toBe(true);
    });

    it('keeps a buddy out of every staff area: each says they may not see it', async () => {
      await signInAs(userWith(buddy));
      for (const area of ['buddies', 'cohorts', 'programmes', 'prisons', 'staff', 'recipients', 'allocate'] as const) {
        expect(urlOf(run(areaGuard(area)))).toBe('/forbidden');
      }
    });

    it('keeps staff on the staff home page and away from a buddy page', async () => {
      await signInAs(userWith(coordinator));
      expect(run(homeGuard)).toBe(true);
      expect(urlOf(run(areaGuard('me')))).toBe('/forbidden');
      expect(run(areaGuard('recipients'))).toBe(true);
      expect(run(areaGuard('allocate'))).toBe(true);
    });

    it('lets an auditor read recipients and allocations but not allocate', async () => {
      await signInAs(userWith({ role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' }));
      expect(run(areaGuard('recipients'))).toBe(true);
      expect(urlOf(run(areaGuard('allocate')))).toBe('/forbidden');
    });
  });
});

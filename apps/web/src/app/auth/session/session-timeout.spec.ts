import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser, SessionStatus } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { sessionExpiredInterceptor } from '@peerpath/web/auth/session-expired.interceptor';
import { FormDrafts } from '@peerpath/web/auth/session/form-drafts';
import { SessionEnd } from '@peerpath/web/auth/session/session-end';
import { SessionTimeout } from '@peerpath/web/auth/session/session-timeout';

const user: CurrentUser = { id: 'u1', username: 'coordinator', displayName: 'Casey Coordinator', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }] };
const status = (secondsLeft: number): SessionStatus => ({ expiresAt: '2026-11-20T10:00:00Z', secondsLeft, idleSeconds: 60, warningSeconds: 20 });

describe('SessionTimeout', () => {
  let http: HttpTestingController;
  let timeout: SessionTimeout;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([sessionExpiredInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/buddies/b1/supervision/new');
    navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    timeout = TestBed.inject(SessionTimeout);
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    await settle();
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(60));
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** Lets effects and answered promises run. */
  async function settle(): Promise<void> {
    TestBed.inject(ApplicationRef).tick();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    TestBed.inject(ApplicationRef).tick();
  }

  async function advance(seconds: number): Promise<void> {
    jest.advanceTimersByTime(seconds * 1000);
    await settle();
  }

  it('warns 20 seconds before the end, after checking the server without extending the session', async () => {
    await advance(39);
    expect(timeout.warning()).toBe(false);
    await advance(1);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(20));
    await settle();
    expect(timeout.warning()).toBe(true);
    expect(timeout.secondsLeft()).toBe(20);
    await advance(5);
    expect(timeout.secondsLeft()).toBe(15);
  });

  it('stays signed in: the warning closes and the clock restarts from the new end', async () => {
    await advance(40);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(20));
    await settle();
    const staying = timeout.stay();
    http.expectOne({ method: 'POST', url: '/api/auth/session' }).flush(status(60));
    await staying;
    await settle();
    expect(timeout.warning()).toBe(false);
    await advance(39);
    expect(timeout.warning()).toBe(false);
  });

  it('moves the warning on when another tab has kept the session alive', async () => {
    await advance(40);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(55));
    await settle();
    expect(timeout.warning()).toBe(false);
  });

  it('restarts the clock on any other answer from the API', async () => {
    await advance(30);
    const request = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await request;
    await settle();
    await advance(30);
    expect(timeout.warning()).toBe(false);
    await advance(10);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(20));
    await settle();
    expect(timeout.warning()).toBe(true);
  });

  it('when time runs out, keeps the typed work, forgets the user and goes to sign in', async () => {
    const note = signal('Talked through saying no to intimate care');
    const drafts = TestBed.inject(FormDrafts);
    drafts.register('/buddies/b1/supervision/new#form', { read: () => ({ concerns: note() }), write: () => undefined }, 'u1');
    await advance(40);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(status(20));
    await settle();
    await advance(20);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush({ statusCode: 401, code: 'NOT_SIGNED_IN', message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(timeout.warning()).toBe(false);
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
    expect(TestBed.inject(SessionEnd).reason()).toEqual({ kind: 'timeout', keptWork: true, idleSeconds: 60 });
    expect(TestBed.inject(Router).serializeUrl(navigate.mock.calls[0][0])).toBe('/sign-in?returnUrl=%2Fbuddies%2Fb1%2Fsupervision%2Fnew');

    // Back on the page as the same person: the work is put back, once.
    const restored: unknown[] = [];
    drafts.register('/buddies/b1/supervision/new#form', { read: () => null, write: (v) => restored.push(v) }, 'u1');
    expect(restored).toEqual([{ concerns: 'Talked through saying no to intimate care' }]);
  });
});

describe('FormDrafts', () => {
  const source = (value: unknown, written: unknown[]) => ({ read: () => value, write: (v: unknown) => written.push(v) });

  it('gives kept work back only to the person who typed it', () => {
    const drafts = new FormDrafts();
    drafts.register('/concerns/new?buddy=b1#form', source({ description: 'Seen on the wing' }, []), 'u1');
    expect(drafts.keepAll('u1')).toBe(true);
    const someoneElse: unknown[] = [];
    drafts.register('/concerns/new?buddy=b1#form', source(null, someoneElse), 'u2');
    expect(someoneElse).toEqual([]);
  });

  it('drops kept work when someone else signs in, or on signing out', () => {
    const drafts = new FormDrafts();
    drafts.register('/a#form', source('typed', []), 'u1');
    drafts.keepAll('u1');
    drafts.signedIn('u2');
    expect(drafts.hasKeptWork()).toBe(false);
    drafts.keepAll('u1');
    drafts.discard();
    const written: unknown[] = [];
    drafts.register('/a#form', source(null, written), 'u1');
    expect(written).toEqual([]);
  });

  it('forgets a page’s form once the page has gone', () => {
    const drafts = new FormDrafts();
    const unregister = drafts.register('/a#form', source('typed', []), 'u1');
    unregister();
    expect(drafts.keepAll('u1')).toBe(false);
  });
});

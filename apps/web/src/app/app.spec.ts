import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser } from '@peerpath/contracts';
import { App } from '@peerpath/web/app';
import { AuthService } from '@peerpath/web/auth/auth.service';

const coordinator: CurrentUser = {
  id: 'u1',
  username: 'ccoordinator',
  displayName: 'Casey Coordinator',
  roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
};

describe('App shell', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('has a skip link to the main content and only the service name when signed out', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('a.govuk-skip-link')?.getAttribute('href')).toBe('#main-content');
    expect(page.querySelector('main#main-content')).not.toBeNull();
    expect(page.querySelector('.moj-header__link--service-name')?.textContent?.trim()).toBe('Peerpath');
    expect(page.querySelector('.govuk-service-navigation')).toBeNull();
    expect(page.textContent).not.toContain('Sign out');
  });

  it("shows the user's name, the navigation their roles allow, and signs out", async () => {
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(coordinator);
    await loaded;
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    // The timeout warning learns how long the session lasts.
    http.expectOne('/api/auth/session').flush({ expiresAt: '2026-11-20T10:00:00Z', secondsLeft: 3600, idleSeconds: 3600, warningSeconds: 120 });
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector<HTMLDialogElement>('[data-testid=timeout-dialog]')?.open).toBe(false);

    expect(page.querySelector('[data-testid=signed-in-user]')?.textContent?.trim()).toBe('Casey Coordinator');
    const navLabels = Array.from(page.querySelectorAll('.govuk-service-navigation__link')).map((a) =>
      a.textContent?.trim(),
    );
    expect(navLabels).toEqual(['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring']);

    const signOut = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Sign out');
    signOut?.click();
    http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(router.navigateByUrl).toHaveBeenCalledWith('/sign-in');
    expect(page.querySelector('.govuk-service-navigation')).toBeNull();
  });
});

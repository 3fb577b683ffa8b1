import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { SignInPage } from '@peerpath/web/auth/sign-in/sign-in.page';

const user: CurrentUser = {
  id: 'u1',
  username: 'ccoordinator',
  displayName: 'Casey Coordinator',
  roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
};

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let page: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(id: 'username' | 'password', value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(): void {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  }

  const summary = () => page.querySelector<HTMLElement>('.govuk-error-summary');
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('has a labelled username and password and a Sign in button', () => {
    expect(text('h1')).toBe('Sign in to Peerpath');
    expect(text('label[for=username]')).toBe('Username');
    expect(text('label[for=password]')).toBe('Password');
    expect(page.querySelector('#username')?.getAttribute('autocomplete')).toBe('username');
    expect(page.querySelector('#password')?.getAttribute('type')).toBe('password');
    expect(page.querySelector('#password')?.getAttribute('autocomplete')).toBe('current-password');
    expect(text('button[type=submit]')).toBe('Sign in');
    expect(summary()).toBeNull();
  });

  it('tells buddies what to enter, in hints the fields point at', () => {
    expect(text('#username-hint')).toBe('Buddies: use your prison number');
    expect(text('#password-hint')).toBe('Buddies: use your PIN');
    expect(page.querySelector('#username')?.getAttribute('aria-describedby')).toBe('username-hint');
    expect(page.querySelector('#password')?.getAttribute('aria-describedby')).toBe('password-hint');
  });

  it('asks for both fields when they are empty, without calling the API', async () => {
    submit();
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    const links = Array.from(summary()?.querySelectorAll('a') ?? []);
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Enter your username', '#username'],
      ['Enter your password', '#password'],
    ]);
    expect(summary()?.querySelector('[role=alert]')).not.toBeNull();
    expect(document.activeElement).toBe(summary());
    expect(text('#username-error')).toBe('Error: Enter your username');
    expect(text('#password-error')).toBe('Error: Enter your password');
    expect(page.querySelectorAll('.govuk-form-group--error')).toHaveLength(2);
    expect(page.querySelector('#username')?.getAttribute('aria-describedby')).toBe('username-hint username-error');
  });

  it('asks only for the password when the username is given', async () => {
    type('username', 'ccoordinator');
    submit();
    await fixture.whenStable();

    expect(summary()?.textContent).not.toContain('Enter your username');
    expect(text('#password-error')).toBe('Error: Enter your password');
    expect(page.querySelector('#username-error')).toBeNull();
  });

  it('signs in through the auth service and goes to the home page', async () => {
    const signIn = jest.spyOn(TestBed.inject(AuthService), 'signIn');
    type('username', ' ccoordinator ');
    type('password', 'correct horse battery staple');
    submit();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ username: 'ccoordinator', password: 'correct horse battery staple' });
    request.flush(user);
    await fixture.whenStable();

    expect(signIn).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(AuthService).currentUser()).toEqual(user);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
    expect(summary()).toBeNull();
  });

  async function signInWith(returnUrl: string): Promise<void> {
    fixture.componentRef.setInput('returnUrl', returnUrl);
    type('username', 'ccoordinator');
    type('password', 'correct horse battery staple');
    submit();
    http.expectOne('/api/auth/login').flush(user);
    await fixture.whenStable();
  }

  it('goes back to the page the person was sent here from', async () => {
    await signInWith('/cohorts/c1?tab=sessions');
    expect(router.navigateByUrl).toHaveBeenCalledWith('/cohorts/c1?tab=sessions');
  });

  it.each(['//evil.example/path', '/\\evil.example', 'https://evil.example/', 'cohorts', '/sign-in?returnUrl=/x'])(
    'goes home instead of to %s',
    async (returnUrl) => {
      await signInWith(returnUrl);
      expect(router.navigateByUrl).toHaveBeenCalledWith('/');
    },
  );

  it('says at the kiosk that the PIN is wrong and how many tries are left, in the API\'s words', async () => {
    const message = 'The prison number or PIN is not right. You have 3 tries left before your PIN is locked.';
    type('username', 'A1234BC');
    type('password', '111111');
    submit();
    http.expectOne('/api/auth/login').flush({ statusCode: 401, code: 'INVALID_CREDENTIALS', message }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(text('.govuk-error-summary__list')).toBe(message);
    expect(text('#username-error')).toBe(`Error: ${message}`);
  });

  it('says to enter a correct username and password when the API answers 401', async () => {
    type('username', 'ccoordinator');
    type('password', 'wrong');
    submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Enter a correct username and password' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();

    expect(text('.govuk-error-summary__list')).toBe('Enter a correct username and password');
    expect(text('#username-error')).toBe('Error: Enter a correct username and password');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(summary());
  });

  it("shows the server's message when the account is locked (429)", async () => {
    const message = 'Your account is locked. Try again in 15 minutes.';
    type('username', 'ccoordinator');
    type('password', 'wrong');
    submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 429, code: 'ACCOUNT_LOCKED', message }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();

    expect(text('.govuk-error-summary__list')).toBe(message);
    expect(page.querySelector('.govuk-form-group--error')).toBeNull();
  });

  it('shows field errors from a 400 next to their fields', async () => {
    type('username', 'x');
    type('password', 'y');
    submit();
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Check the form',
        fieldErrors: { username: ['Username must be at least 3 characters'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(text('#username-error')).toBe('Error: Username must be at least 3 characters');
    expect(page.querySelector('#password-error')).toBeNull();
  });
});

import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { sessionExpiredInterceptor } from '@peerpath/web/auth/session-expired.interceptor';
import { firstValueFrom } from 'rxjs';

describe('sessionExpiredInterceptor', () => {
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([sessionExpiredInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/cohorts/c1');
    navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function answer401(url: string): Promise<void> {
    const request = firstValueFrom(TestBed.inject(HttpClient).get(url)).catch(() => undefined);
    http.expectOne(url).flush({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
    await request;
  }

  it('sends someone whose session ended to sign in, remembering the page they were on', async () => {
    await answer401('/api/cohorts/c1');
    expect(TestBed.inject(Router).serializeUrl(navigate.mock.calls[0][0])).toBe('/sign-in?returnUrl=%2Fcohorts%2Fc1');
  });

  it('leaves refusals of the auth endpoints to the page that asked', async () => {
    await answer401('/api/auth/login');
    expect(navigate).not.toHaveBeenCalled();
  });
});

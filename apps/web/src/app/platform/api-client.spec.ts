import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { retry } from 'rxjs';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API, type BuddyRegisterQuery } from '@peerpath/contracts';
import { ApiClient, apiResource, linkTo } from '@peerpath/web/platform/api-client';

describe('api client', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("sends the route's method, its encoded params and the body", async () => {
    const sent = TestBed.inject(ApiClient).send(API.endAllocation, { params: { allocationId: 'a/1' }, body: { reason: 'Moved cell' } });
    const request = http.expectOne('/api/allocations/a%2F1/end');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Moved cell' });
    request.flush({ id: 'a/1' });
    await expect(sent).resolves.toEqual({ id: 'a/1' });
  });

  it('leaves query fields that are not set out of the URL', async () => {
    const query: BuddyRegisterQuery = { prison: 'EXI', search: undefined, pageSize: 100 };
    const sent = TestBed.inject(ApiClient).send(API.buddyRegister, { query });
    http.expectOne('/api/buddies?prison=EXI&pageSize=100').flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await sent;
  });

  it('asks nothing while a resource has no arguments, then asks once it has', async () => {
    const id = signal<string | undefined>(undefined);
    const resource = runInInjectionContext(TestBed.inject(Injector), () =>
      apiResource(API.buddy, () => {
        const buddyId = id();
        return buddyId ? { params: { buddyId } } : undefined;
      }),
    );
    TestBed.tick();
    http.expectNone(() => true);
    id.set('b1');
    TestBed.tick();
    http.expectOne('/api/buddies/b1').flush({ id: 'b1' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resource.value()).toEqual({ id: 'b1' });
  });

  it('sends a fresh Idempotency-Key with each submission of a create form, and none elsewhere', async () => {
    const api = TestBed.inject(ApiClient);
    const body = { heldOn: '2026-05-01', durationMinutes: 30, hoursWorkedSinceLast: 2, wellbeing: 4, boundariesDiscussed: true };
    const first = api.send(API.recordSupervision, { params: { buddyId: 'b1' }, body });
    const second = api.send(API.recordSupervision, { params: { buddyId: 'b1' }, body });
    const [a, b] = http.match('/api/buddies/b1/supervisions');
    const keys = [a.request.headers.get('Idempotency-Key'), b.request.headers.get('Idempotency-Key')];
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
    expect(keys[1]).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
    expect(keys[0]).not.toBe(keys[1]);
    a.flush({ id: 's1' });
    b.flush({ id: 's2' });
    await Promise.all([first, second]);

    const ended = api.send(API.endAllocation, { params: { allocationId: 'a1' }, body: { reason: 'Moved cell' } });
    const end = http.expectOne('/api/allocations/a1/end');
    expect(end.request.headers.has('Idempotency-Key')).toBe(false);
    end.flush({ id: 'a1' });
    await ended;
  });

  it('keeps the one key when the same submission is sent again (a retry)', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([(req, next) => next(req).pipe(retry(1))])), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const sent = TestBed.inject(ApiClient).send(API.raiseConcern, { body: { buddyId: 'b1', kind: 'boundary', description: 'Asked to carry a parcel' } });
    const attempt = http.expectOne('/api/concerns');
    const key = attempt.request.headers.get('Idempotency-Key');
    expect(key).toBeTruthy();
    attempt.flush(null, { status: 503, statusText: 'Service Unavailable' });
    const again = http.expectOne('/api/concerns');
    expect(again.request.headers.get('Idempotency-Key')).toBe(key);
    again.flush({ id: 'c1' });
    await expect(sent).resolves.toEqual({ id: 'c1' });
  });

  it('builds links for downloads', () => {
    expect(linkTo(API.certificatePdf, { certificateId: 'c 1' })).toBe('/api/certificates/c%201/pdf');
    expect(linkTo(API.mySummaryPdf)).toBe('/api/me/summary.pdf');
  });
});

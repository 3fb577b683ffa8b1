import { provideHttpClient } from '@angular/common/http';
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

  it('builds links for downloads', () => {
    expect(linkTo(API.certificatePdf, { certificateId: 'c 1' })).toBe('/api/certificates/c%201/pdf');
    expect(linkTo(API.mySummaryPdf)).toBe('/api/me/summary.pdf');
  });
});

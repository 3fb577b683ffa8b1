import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateVerification } from '@peerpath/contracts';
import { VerifyPage } from '@peerpath/web/verify/verify.page';

const CODE = 'q3XbN0c1T2vS8d9Hk4mW7A';
const valid: CertificateVerification = {
  valid: true,
  status: 'valid',
  programme: 'Buddy Support Worker (v1)',
  issuedOn: '2026-03-03',
  expiresOn: '2028-03-03',
  issuingPrison: 'Exeter',
  holderInitials: 'E. F.',
};

describe('VerifyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VerifyPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VerifyPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(code: string): Promise<void> {
    fixture = TestBed.createComponent(VerifyPage);
    fixture.componentRef.setInput('code', code);
    page = fixture.nativeElement;
    await settle();
  }
  async function answer(body: unknown, status = 200): Promise<void> {
    http.expectOne(`/api/verify/${CODE}`).flush(body, { status, statusText: status === 200 ? 'OK' : 'Refused' });
    await settle();
  }
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const rows = () =>
    Array.from(page.querySelectorAll('[data-testid=verification-details] .govuk-summary-list__row')).map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]);

  it('shows "Valid" prominently and only the listed fields', async () => {
    await open(CODE);
    expect(text('h1')).toBe('Certificate check');
    await answer(valid);
    expect(page.querySelector('.govuk-panel--confirmation h1')?.textContent?.trim()).toBe('Valid');
    expect(rows()).toEqual([
      ['Status', 'Valid'],
      ['Programme', 'Buddy Support Worker (v1)'],
      ['Issued', '3 March 2026'],
      ['Expires', '3 March 2028'],
      ['Issued by', 'Exeter'],
      ["Holder's initials", 'E. F.'],
    ]);
  });

  it('shows "Not valid" as prominently, with the status in words', async () => {
    await open(CODE);
    await answer({ ...valid, valid: false, status: 'suspended' });
    expect(page.querySelector('.govuk-panel--confirmation')).toBeNull();
    expect(text('.pp-panel--not-valid h1')).toBe('Not valid');
    expect(text('.pp-panel--not-valid .govuk-panel__body')).toBe('This certificate is suspended.');
    expect(rows()[0]).toEqual(['Status', 'Suspended']);
  });

  it('says plainly when there is no such certificate', async () => {
    await open(CODE);
    await answer({ statusCode: 404, code: 'NOT_FOUND', message: 'Certificate not found' }, 404);
    expect(text('h1')).toBe('Certificate not found');
    expect(page.querySelector('[data-testid=verification-details]')).toBeNull();
  });

  it('does not ask about something that cannot be a code', async () => {
    await open('../../etc');
    http.expectNone(() => true);
    expect(text('h1')).toBe('Certificate not found');
  });

  it('asks the verifier to wait a minute after too many checks', async () => {
    await open(CODE);
    await answer({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'Too many' }, 429);
    expect(text('h1')).toBe('Too many checks');
    expect(text('.govuk-body')).toContain('Wait a minute');
  });
});

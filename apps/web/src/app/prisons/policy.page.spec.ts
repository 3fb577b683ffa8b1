import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, PrisonPolicyView, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { PolicyPage } from '@peerpath/web/prisons/policy.page';

const COORDINATOR: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const policy: PrisonPolicyView = {
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  supervisionIntervalDays: 28,
  weeklyHoursCap: 10,
  certificateValidityMonths: 24,
  attendanceThresholdPercent: 80,
  staffCostPerHourPence: null,
  version: 1,
};

describe('PolicyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PolicyPage>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [PolicyPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(roles: RoleAssignmentView[], code = 'EXI') {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(PolicyPage);
    fixture.componentRef.setInput('code', code);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush([{ code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' }]);
    http.expectOne(`/api/prisons/${code}/policy`).flush({ ...policy, prisonCode: code });
    await settle();
  }

  const type = (id: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (input) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  };
  const save = () => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Save policy')?.click();

  it('saves a change with the version it was read at', async () => {
    await open([COORDINATOR]);
    expect(page.querySelector<HTMLInputElement>('#supervisionIntervalDays')?.value).toBe('28');
    type('supervisionIntervalDays', '21');
    save();

    const request = http.expectOne('/api/prisons/EXI/policy');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ supervisionIntervalDays: 21, weeklyHoursCap: 10, certificateValidityMonths: 24, attendanceThresholdPercent: 80, staffCostPerHourPence: null, expectedVersion: 1 });
    request.flush({ ...policy, supervisionIntervalDays: 21, version: 2 });
    await settle();
    expect(page.querySelector('.govuk-notification-banner')?.textContent).toContain('Policy for Exeter saved');
  });

  it('sets the staff cost per hour in pounds, sent as pence, with a £ before the box', async () => {
    await open([COORDINATOR]);
    const box = page.querySelector<HTMLInputElement>('#staffCostPerHourPence');
    expect(box?.value).toBe('');
    expect(page.querySelector('label[for="staffCostPerHourPence"]')?.textContent?.trim()).toBe('Staff cost per hour (optional)');
    expect(page.querySelector('#staffCostPerHourPence-hint')?.textContent).toContain("Leave empty if you don't want costs shown.");
    expect(box?.parentElement?.querySelector('.govuk-input__prefix')?.textContent).toBe('£');
    type('staffCostPerHourPence', '£28.5');
    save();
    const request = http.expectOne('/api/prisons/EXI/policy');
    expect(request.request.body).toMatchObject({ staffCostPerHourPence: 2850 });
    request.flush({ ...policy, staffCostPerHourPence: 2850, version: 2 });
    await settle();
    expect(page.querySelector<HTMLInputElement>('#staffCostPerHourPence')?.value).toBe('28.50');
  });

  it('refuses a staff cost that is not a sum of money before sending it', async () => {
    await open([COORDINATOR]);
    type('staffCostPerHourPence', '28.505');
    save();
    await settle();
    expect(page.querySelector('.govuk-error-summary a[href="#staffCostPerHourPence"]')?.textContent).toBe('Enter the staff cost per hour in pounds and pence, like 28.50');
  });

  it('says so when someone else saved first, and shows their values', async () => {
    await open([COORDINATOR]);
    type('weeklyHoursCap', '12');
    save();
    const message = 'Someone else changed this policy since you opened it: reload and try again';
    http.expectOne('/api/prisons/EXI/policy').flush({ statusCode: 409, code: 'STALE_VERSION', message }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/prisons/EXI/policy').flush({ ...policy, weeklyHoursCap: 8, version: 2 });
    await settle();

    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain(message);
    expect(page.querySelector<HTMLInputElement>('#weeklyHoursCap')?.value).toBe('8');
  });

  it('shows the policy read-only to a coordinator elsewhere', async () => {
    await open([{ ...COORDINATOR, prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' }]);
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelector('[data-testid=policy]')?.textContent).toContain('28 days');
    expect(page.querySelector('[data-testid=policy]')?.textContent).toContain('Not set');
  });

  it('says the prison is not found when the API answers 404, rather than loading for ever', async () => {
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({ id: 'u1', username: 'someone', displayName: 'Some One', roles: [COORDINATOR] } satisfies CurrentUser);
    await loaded;
    fixture = TestBed.createComponent(PolicyPage);
    fixture.componentRef.setInput('code', 'XXX');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/prisons').flush([{ code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' }]);
    http.expectOne('/api/prisons/XXX/policy').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Prison not found');
  });
});

import { todayIso } from '@peerpath/web/govuk/dates';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, PrisonSummary, RoleAssignmentView, StaffAccount } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { HomePage } from '@peerpath/web/home/home.page';

const exeter: PrisonSummary = { code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' };
const dartmoor: PrisonSummary = { code: 'DAI', name: 'Dartmoor', clusterCode: 'DEVON', clusterName: 'Devon' };

describe('HomePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(displayName: string, roles: RoleAssignmentView[]) {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName, roles };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    TestBed.tick();
    return fixture;
  }

  const headings = (root: HTMLElement, level: string) =>
    Array.from(root.querySelectorAll(level)).map((h) => h.textContent?.trim());

  it('welcomes a buddy with only their progress, in plain words, and asks the API for nothing else', async () => {
    const fixture = await render('Bailey Buddy', [{ role: 'buddy', scope: 'self', scopeLabel: 'Yourself' }]);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(headings(page, 'h1')).toEqual(['Welcome, Bailey Buddy']);
    expect(headings(page, 'h2')).toEqual(['Your progress']);
    expect(page.querySelector('.govuk-body-l')).not.toBeNull();
    http.expectNone('/api/prisons');
    http.expectNone('/api/staff');
  });

  it('shows an admin the staff accounts table', async () => {
    const fixture = await render('Alex Admin', [{ role: 'admin', scope: 'national', scopeLabel: 'National' }]);
    const staff: StaffAccount[] = [
      {
        id: 's1',
        username: 'ttrainer',
        displayName: 'Taylor Trainer',
        roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' }],
        lockedUntil: null,
        mustChangePassword: false,
        lastSignedInAt: null,
        deactivatedAt: null,
        createdAt: '2026-01-01T00:00:00Z',
      },
    ];
    http.expectOne('/api/staff').flush({ items: staff, total: 1, page: 1, pageSize: 25 });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(headings(page, 'h2')).toEqual(['Administration']);
    const cells = Array.from(page.querySelectorAll('[data-testid=staff-table] tbody td')).map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual(['ttrainer', 'Taylor Trainer', 'Trainer: Exeter (EXI)']);
  });

  it('shows one section per role for someone holding several, each with its scope', async () => {
    const fixture = await render('Morgan Multi', [
      { role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' },
      { role: 'coordinator', scope: 'prison', prisonCode: 'DAI', scopeLabel: 'Dartmoor (DAI)' },
      { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' },
    ]);
    for (const request of http.match('/api/prisons')) request.flush([exeter, dartmoor]);
    http.expectOne('/api/cohorts/sessions/this-week').flush([
      {
        cohortId: 'c1', cohortName: 'Exeter October 2026', prisonCode: 'EXI', sessionId: 's1', heldOn: todayIso(), startsAt: '09:30', endsAt: '11:30',
        location: 'Chapel meeting room', modules: [{ number: 7, title: 'Fluids and nutrition' }], marksRecorded: 0, activeBuddies: 10,
      },
    ]);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(headings(page, 'h2')).toEqual(['Training', 'Buddy scheme coordination', 'Inspection']);
    const training = page.querySelector('pp-trainer-section');
    expect(training?.textContent).toContain('Exeter (EXI)');
    const links = Array.from(training?.querySelectorAll('a') ?? []).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['My cohorts', '/cohorts']);
    // Today's session leads straight to its register.
    expect(training?.querySelector('[data-testid=sessions-this-week]')?.textContent).toContain('Today');
    expect(links).toContainEqual(['Take the register for Exeter October 2026', '/cohorts/c1/sessions/s1/register']);
    expect(page.querySelector('pp-coordinator-section a')?.getAttribute('href')).toBe('/cohorts');
    const coordination = page.querySelector('pp-coordinator-section');
    expect(coordination?.textContent).toContain('Dartmoor (DAI)');
    expect(coordination?.querySelectorAll('[data-testid=prisons-table] tbody tr')).toHaveLength(2);
    const inspection = page.querySelector('pp-auditor-section');
    expect(inspection?.textContent).toContain('Devon cluster');
    expect(inspection?.textContent).toContain('read-only');
    expect(page.querySelector('pp-admin-section')).toBeNull();
    http.expectNone('/api/staff');
  });
});

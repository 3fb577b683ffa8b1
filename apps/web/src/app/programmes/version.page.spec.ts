import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser, ProgrammeSummary, ProgrammeVersionDetail, RoleAssignmentView } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { VersionPage, versionAction } from '@peerpath/web/programmes/version.page';

const published: ProgrammeVersionDetail = {
  id: 'v1',
  programmeId: 'p1',
  programmeCode: 'BSW',
  programmeTitle: 'Buddy Support Worker',
  label: '2026.1',
  status: 'published',
  publishedAt: '2026-01-10T09:00:00Z',
  version: 2,
  modules: [
    {
      id: 'm1',
      number: 1,
      title: 'Understanding your role',
      summary: 'What a buddy does and does not do',
      outcomes: [
        {
          id: 'o1',
          code: '1.1',
          text: 'Understand the buddy role',
          criteria: [
            { id: 'c1', code: '1.1.1', kind: 'knowledge', text: 'Describe the tasks a buddy may do', simulationAllowed: false },
            { id: 'c2', code: '1.1.2', kind: 'competence', text: 'Refuse a task outside the role', simulationAllowed: true },
          ],
        },
      ],
    },
  ],
};

const summary = (versions: ProgrammeSummary['versions']): ProgrammeSummary => ({
  id: 'p1',
  code: 'BSW',
  title: 'Buddy Support Worker',
  summary: '14 modules',
  versions,
});
const v1 = { id: 'v1', label: '2026.1', status: 'published' as const, publishedAt: '2026-01-10T09:00:00Z', moduleCount: 1, criterionCount: 2, version: 2 };
const draft = { id: 'v2', label: '2026.2', status: 'draft' as const, publishedAt: null, moduleCount: 1, criterionCount: 2, version: 1 };

describe('versionAction', () => {
  it('offers nothing to people who are not admins', () => {
    expect(versionAction(published, summary([v1]), false)).toEqual({ kind: 'none' });
  });

  it('offers to start a draft from the latest published version, with a suggested label', () => {
    expect(versionAction(published, summary([v1]), true)).toEqual({ kind: 'start-draft', suggestedLabel: '2026.2' });
  });

  it('points at the draft when one exists, and offers editing on the draft itself', () => {
    expect(versionAction(published, summary([draft, v1]), true)).toEqual({ kind: 'draft-exists', draftId: 'v2', label: '2026.2' });
    expect(versionAction({ ...published, id: 'v2', status: 'draft' }, summary([draft, v1]), true)).toEqual({ kind: 'edit' });
  });

  it('offers no draft from an older published version', () => {
    const older = { ...published, id: 'v0', label: '2025.1' };
    const v0 = { ...v1, id: 'v0', label: '2025.1', publishedAt: '2025-01-10T09:00:00Z' };
    expect(versionAction(older, summary([v1, v0]), true)).toEqual({ kind: 'none' });
  });
});

describe('VersionPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VersionPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VersionPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(role: RoleAssignmentView): Promise<void> {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Some One', roles: [role] };
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
    fixture = TestBed.createComponent(VersionPage);
    fixture.componentRef.setInput('id', 'v1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/programmes/versions/v1').flush(published);
    http.expectOne('/api/programmes').flush([summary([v1])]);
    await settle();
  }

  it('shows modules, outcomes and criteria with their kind, read-only for a trainer', async () => {
    await open({ role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' });

    expect(page.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Version 2026.1 Published');
    expect(page.querySelector('[data-testid=module-1] h2')?.textContent?.trim()).toBe('Module 1: Understanding your role');
    expect(page.querySelector('[data-testid=module-1] caption')?.textContent?.trim()).toBe('1.1 Understand the buddy role');
    const rows = Array.from(page.querySelectorAll('[data-testid=module-1] tbody tr')).map((tr) => {
      const [code, text, kind] = Array.from(tr.querySelectorAll('td'));
      return [code.textContent?.trim(), text.textContent?.trim(), kind.querySelector('.govuk-tag')?.textContent?.trim(), kind.querySelector('p')?.textContent?.trim() ?? null];
    });
    expect(rows).toEqual([
      ['1.1.1', 'Describe the tasks a buddy may do', 'Knowledge', null],
      ['1.1.2', 'Refuse a task outside the role', 'Competence', 'Simulation allowed'],
    ]);
    expect(page.querySelector('form')).toBeNull();
  });

  it('lets an admin start a new draft and takes them to edit it', async () => {
    await open({ role: 'admin', scope: 'national', scopeLabel: 'National' });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    expect(page.querySelector<HTMLInputElement>('#label')?.value).toBe('2026.2');
    page.querySelector<HTMLButtonElement>('#new-draft button[type=submit]')?.click();
    const request = http.expectOne('/api/programmes/p1/drafts');
    expect(request.request.body).toEqual({ label: '2026.2' });
    request.flush({ ...published, id: 'v2', status: 'draft', label: '2026.2', version: 1 });
    await settle();

    expect(navigate).toHaveBeenCalledWith(['/programmes/versions', 'v2', 'edit']);
  });

  it('shows why a draft could not be started', async () => {
    await open({ role: 'admin', scope: 'national', scopeLabel: 'National' });
    page.querySelector<HTMLButtonElement>('#new-draft button[type=submit]')?.click();
    http
      .expectOne('/api/programmes/p1/drafts')
      .flush({ statusCode: 409, code: 'DRAFT_EXISTS', message: 'This programme already has a draft: edit that one' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/programmes').flush([summary([draft, v1])]);
    await settle();

    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain('This programme already has a draft: edit that one');
    expect(page.querySelector('.govuk-inset-text')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('A new version, 2026.2, is being drafted.');
  });

  it('says the version is not found when the API answers 404, even if the programme list fails too', async () => {
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush({ id: 'u1', username: 'someone', displayName: 'Some One', roles: [{ role: 'admin', scope: 'national', scopeLabel: 'National' }] } satisfies CurrentUser);
    await loaded;
    fixture = TestBed.createComponent(VersionPage);
    fixture.componentRef.setInput('id', 'v1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/programmes/versions/v1').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/programmes').flush('Bad gateway', { status: 502, statusText: 'Bad Gateway' });
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Programme version not found');
  });
});

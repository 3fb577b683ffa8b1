import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ModuleView, ProgrammeSummary, ProgrammeVersionDetail } from '@peerpath/contracts';
import { Flash } from '@peerpath/web/govuk/flash';
import { EditDraftPage } from '@peerpath/web/programmes/edit-draft.page';

const moduleView = (number: number, title: string, criteria = 2): ModuleView => ({
  id: `m${number}`,
  number,
  title,
  summary: '',
  outcomes: [
    {
      id: `o${number}`,
      code: `${number}.1`,
      text: 'Understand it',
      criteria: Array.from({ length: criteria }, (_, c) => ({ id: `c${number}-${c}`, code: `${number}.1.${c + 1}`, kind: 'knowledge' as const, text: 'Describe it', simulationAllowed: false })),
    },
  ],
});

const published: ProgrammeVersionDetail = {
  id: 'v1',
  programmeId: 'p1',
  programmeCode: 'buddy-support-worker',
  programmeTitle: 'Buddy Support Worker',
  label: '2026.1',
  status: 'published',
  publishedAt: '2026-01-05T10:00:00.000Z',
  version: 2,
  modules: [moduleView(1, 'Understanding your role'), moduleView(2, 'Duty of care'), moduleView(3, 'Equality and diversity')],
};
const draft: ProgrammeVersionDetail = {
  ...published,
  id: 'v2',
  label: '2026.2',
  status: 'draft',
  publishedAt: null,
  version: 3,
  modules: [moduleView(1, 'Understanding your role'), moduleView(2, 'Duty of care on the wing'), moduleView(3, 'Equality and diversity', 0), moduleView(4, 'Working with families', 1)],
};
/** Every module with criteria: ready to publish. */
const complete: ProgrammeVersionDetail = { ...draft, modules: draft.modules.map((m) => (m.number === 3 ? moduleView(3, m.title) : m)) };
const programmes: ProgrammeSummary[] = [
  {
    id: 'p1',
    code: 'buddy-support-worker',
    title: 'Buddy Support Worker',
    summary: '',
    versions: [
      { id: 'v2', label: '2026.2', status: 'draft', publishedAt: null, moduleCount: 4, criterionCount: 5, version: 3 },
      { id: 'v1', label: '2026.1', status: 'published', publishedAt: '2026-01-05T10:00:00.000Z', moduleCount: 3, criterionCount: 6, version: 2 },
    ],
  },
];

describe('EditDraftPage (the contents of a draft)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EditDraftPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(flash?: string, version = draft): Promise<void> {
    TestBed.configureTestingModule({
      imports: [EditDraftPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    if (flash) TestBed.inject(Flash).set(flash);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EditDraftPage);
    fixture.componentRef.setInput('id', 'v2');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush(version);
    http.expectOne('/api/programmes').flush(programmes);
    await settle();
    http.expectOne('/api/programmes/versions/v1').flush(published);
    await settle();
  }

  afterEach(() => http.verify());

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const summaryLinks = () => Array.from(page.querySelectorAll('.govuk-error-summary li')).map((li) => [text(li), li.querySelector('a')?.getAttribute('href') ?? null]);

  it('lists each module with a link to its page, its counts and what changed since the published version', async () => {
    await open();
    const rows = Array.from(page.querySelectorAll('.govuk-task-list__item')).map((li) => [
      text(li.querySelector('a')),
      li.querySelector('a')?.getAttribute('href'),
      text(li.querySelector('.govuk-task-list__hint')),
      text(li.querySelector('.govuk-task-list__status')),
    ]);
    expect(rows).toEqual([
      ['Module 1: Understanding your role', '/programmes/versions/v2/modules/1', '1 outcome, 2 criteria', 'Not changed'],
      ['Module 2: Duty of care on the wing', '/programmes/versions/v2/modules/2', '1 outcome, 2 criteria', 'Changed'],
      ['Module 3: Equality and diversity', '/programmes/versions/v2/modules/3', '1 outcome, 0 criteria', 'Incomplete'],
      ['Module 4: Working with families', '/programmes/versions/v2/modules/4', '1 outcome, 1 criterion', 'New'],
    ]);
    expect(page.querySelector('#module-link-1')?.getAttribute('aria-describedby')).toBe('module-2-hint module-2-status');
    expect(page.querySelector('a.govuk-button')?.getAttribute('href')).toBe('/programmes/versions/v2/modules/5');
    expect(page.querySelector('[data-testid=success-banner]')).toBeNull();
  });

  it("shows the module page's success message once", async () => {
    await open('Module 2, Duty of care on the wing, saved');
    expect(text(page.querySelector('[data-testid=success-banner]'))).toContain('Module 2, Duty of care on the wing, saved');
    expect(TestBed.inject(Flash).take()).toBeNull();
  });

  it('checks the publishing rules first, linking each problem to its module', async () => {
    await open();
    button('Publish 2026.2').click();
    await settle();
    expect(summaryLinks()).toEqual([
      ['Module 3 needs at least one assessment criterion', '#module-link-2'],
      ['Outcome 3.1 needs at least one assessment criterion', '#module-link-2'],
    ]);
    expect(page.querySelector('[data-testid=publish-confirmation]')).toBeNull();
  });

  it('removes a module after confirmation, saving the whole draft renumbered against the version it loaded', async () => {
    await open();
    button('Remove module 2').click();
    await settle();
    expect(text(page.querySelector('[data-testid=module-order]'))).toContain('Remove module 2 and everything in it?');
    button('Yes, remove module 2').click();

    const save = http.expectOne('/api/programmes/versions/v2/content');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body.expectedVersion).toBe(3);
    expect(save.request.body.modules.map((m: { number: number; title: string }) => [m.number, m.title])).toEqual([
      [1, 'Understanding your role'],
      [2, 'Equality and diversity'],
      [3, 'Working with families'],
    ]);
    expect(save.request.body.modules[2].outcomes[0].criteria[0].code).toBe('3.1.1');
    save.flush({ ...draft, version: 4 });
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush({ ...draft, version: 4 });
    await settle();
    expect(text(page.querySelector('[data-testid=success-banner]'))).toContain('Module 2, Duty of care on the wing, removed.');
  });

  it('moves a module down, and offers no move beyond either end', async () => {
    await open();
    expect(button('Move up module 1')).toBeUndefined();
    expect(button('Move down module 4')).toBeUndefined();
    button('Move down module 1').click();
    const save = http.expectOne('/api/programmes/versions/v2/content');
    expect(save.request.body.modules.map((m: { number: number; title: string }) => [m.number, m.title])).toEqual([
      [1, 'Duty of care on the wing'],
      [2, 'Understanding your role'],
      [3, 'Equality and diversity'],
      [4, 'Working with families'],
    ]);
    save.flush({ ...draft, version: 4 });
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush({ ...draft, version: 4 });
    await settle();
    expect(text(page.querySelector('[data-testid=success-banner]'))).toContain('Module 1, Understanding your role, moved down.');
  });

  it('publishes after confirmation with the version it loaded, then lists it as published', async () => {
    await open(undefined, complete);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button('Publish 2026.2').click();
    await settle();
    expect(text(page.querySelector('[data-testid=publish-confirmation]'))).toContain('can no longer change');
    button('Yes, publish 2026.2').click();

    const publish = http.expectOne('/api/programmes/versions/v2/publish');
    expect(publish.request.body).toEqual({ expectedVersion: 3 });
    publish.flush({ ...complete, status: 'published', version: 4 });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/programmes'], { state: { published: 'Buddy Support Worker 2026.2 is published.' } });
  });

  it("lists the API's refusal and shows the draft as it now is", async () => {
    await open(undefined, complete);
    button('Publish 2026.2').click();
    await settle();
    button('Yes, publish 2026.2').click();
    const message = 'Someone else changed this draft since you opened it: reload it and make your change again';
    http.expectOne('/api/programmes/versions/v2/publish').flush({ statusCode: 409, code: 'STALE_VERSION', message }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(summaryLinks()).toEqual([[message, null]]);
    http.expectOne('/api/programmes/versions/v2').flush(complete);
    await settle();
    expect(page.querySelector('[data-testid=module-3] .govuk-task-list__status')?.textContent?.trim()).toBe('Not changed');
  });
});

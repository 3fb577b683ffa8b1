import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ProgrammeVersionDetail, SaveModuleRequest } from '@peerpath/contracts';
import { Flash } from '@peerpath/web/govuk/flash';
import { EditModulePage } from '@peerpath/web/programmes/edit-module.page';

const longCriterion =
  'Explain, in your own words, which tasks a buddy may do on the wing, which tasks a buddy never does (washing, toileting, feeding), and who to tell when someone asks for help a buddy may not give';

const draft: ProgrammeVersionDetail = {
  id: 'v2',
  programmeId: 'p1',
  programmeCode: 'buddy-support-worker',
  programmeTitle: 'Buddy Support Worker',
  label: '2026.2',
  status: 'draft',
  publishedAt: null,
  version: 3,
  modules: [
    { id: 'm1', number: 1, title: 'Understanding your role', summary: '', outcomes: [] },
    {
      id: 'm2',
      number: 2,
      title: 'Duty of care',
      summary: 'What a duty of care means on the wing',
      outcomes: [
        {
          id: 'o1',
          code: '2.1',
          text: 'Understand duty of care',
          criteria: [
            { id: 'c1', code: '2.1.1', kind: 'knowledge', text: longCriterion, simulationAllowed: false },
            { id: 'c2', code: '2.1.2', kind: 'competence', text: 'Refuse a task outside the role', simulationAllowed: true, refresher: true },
          ],
        },
      ],
    },
    { id: 'm3', number: 3, title: 'Equality and diversity', summary: '', outcomes: [] },
  ],
};

describe('EditModulePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EditModulePage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(number: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [EditModulePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EditModulePage);
    fixture.componentRef.setInput('id', 'v2');
    fixture.componentRef.setInput('number', number);
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush(draft);
    await settle();
  }

  afterEach(() => http.verify());

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) => {
    const element = page.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    return element;
  };
  function type(id: string, value: string): void {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const summaryLinks = () => Array.from(page.querySelectorAll('.govuk-error-summary li')).map((li) => [text(li), li.querySelector('a')?.getAttribute('href') ?? null]);
  const unsaved = () => fixture.componentInstance.unsavedChanges();

  it('shows one module, each criterion in a box tall enough for all its text', async () => {
    await open('2');
    expect(text(page.querySelector('h1'))).toBe('Module 2: Duty of care');
    expect(field('module-title').value).toBe('Duty of care');
    expect(field<HTMLTextAreaElement>('o0-c0-text').value).toBe(longCriterion);
    expect(field<HTMLTextAreaElement>('o0-c0-text').rows).toBe(5);
    expect(field<HTMLTextAreaElement>('o0-c1-text').rows).toBe(3);
    expect(field('o0-c1-simulationAllowed').checked).toBe(true);
    expect(field('o0-c1-refresher').checked).toBe(true);
    expect(Array.from(page.querySelectorAll('.govuk-pagination a')).map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Previous module:Module 1: Understanding your role', '/programmes/versions/v2/modules/1'],
      ['Next module:Module 3: Equality and diversity', '/programmes/versions/v2/modules/3'],
    ]);
  });

  it('saves the module with the version it loaded, then returns to the contents with a message naming the module', async () => {
    await open('2');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(unsaved()).toBeNull();
    type('o0-c1-text', 'Refuse, politely, a task outside the role');
    expect(unsaved()).toBe('You have not saved your changes to module 2. Leave this page and lose them?');
    button('Save module 2').click();

    const request = http.expectOne('/api/programmes/versions/v2/modules/2');
    expect(request.request.method).toBe('PUT');
    const body = request.request.body as SaveModuleRequest;
    expect(body.expectedVersion).toBe(3);
    expect(body.title).toBe('Duty of care');
    expect(body.outcomes[0].criteria[1]).toEqual({ code: '2.1.2', kind: 'competence', text: 'Refuse, politely, a task outside the role', simulationAllowed: true, refresher: true });
    request.flush({ ...draft, version: 4 });
    await settle();

    expect(unsaved()).toBeNull();
    expect(TestBed.inject(Flash).take()).toBe('Module 2, Duty of care, saved');
    expect(navigate).toHaveBeenCalledWith(['/programmes/versions', 'v2', 'edit']);
  });

  it('names the module and criterion of each field error in the summary, linked to the field, and keeps the changes', async () => {
    await open('2');
    type('o0-c0-text', '');
    button('Save module 2').click();
    http.expectOne('/api/programmes/versions/v2/modules/2').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Check the details you entered',
        fieldErrors: { 'outcomes.0.criteria.0.text': ['Enter the criterion text'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(summaryLinks()).toEqual([['Module 2, criterion 2.1.1: Enter the criterion text', '#o0-c0-text']]);
    expect(text(page.querySelector('#o0-c0-text-error'))).toBe('Error: Module 2, criterion 2.1.1: Enter the criterion text');
    expect(unsaved()).not.toBeNull();
  });

  it('offers to load the latest draft after someone else saved, replacing the changes', async () => {
    await open('2');
    type('module-title', 'Duty of care on the wing');
    button('Save module 2').click();
    const message = 'Someone else changed this draft since you opened it: reload it and make your change again';
    http.expectOne('/api/programmes/versions/v2/modules/2').flush({ statusCode: 409, code: 'STALE_VERSION', message }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(summaryLinks()).toEqual([[message, null]]);

    button('Load the latest draft').click();
    await settle();
    const theirs = { ...draft, version: 4, modules: draft.modules.map((m) => (m.number === 2 ? { ...m, title: 'Duty of care (theirs)' } : m)) };
    http.expectOne('/api/programmes/versions/v2').flush(theirs);
    await settle();
    expect(field('module-title').value).toBe('Duty of care (theirs)');
    expect(page.querySelector('.govuk-error-summary')).toBeNull();
    expect(unsaved()).toBeNull();
  });

  it('adds and removes outcomes and criteria with fresh codes', async () => {
    await open('2');
    button('Add a criterion to outcome 2.1').click();
    button('Add a learning outcome').click();
    await settle();
    expect(field('o0-c2-code').value).toBe('2.1.3');
    expect(field('o1-code').value).toBe('2.2');
    expect(field('o1-c0-code').value).toBe('2.2.1');
    expect(unsaved()).not.toBeNull();

    button('Remove criterion 2.1.1').click();
    await settle();
    button('Save module 2').click();
    const body = http.expectOne('/api/programmes/versions/v2/modules/2').request.body as SaveModuleRequest;
    expect(body.outcomes.map((o) => [o.code, o.criteria.map((c) => c.code)])).toEqual([
      ['2.1', ['2.1.2', '2.1.3']],
      ['2.2', ['2.2.1']],
    ]);
  });

  it('starts a new module one past the last, and knows no other', async () => {
    await open('4');
    expect(text(page.querySelector('h1'))).toBe('Add module 4');
    expect(field('module-title').value).toBe('');
    expect(field('o0-code').value).toBe('4.1');
    expect(text(page.querySelector('.govuk-pagination'))).toContain('Module 3: Equality and diversity');
    expect(page.querySelector('.govuk-pagination__next')).toBeNull();
    fixture.componentRef.setInput('number', '6');
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Module not found');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ProgrammeVersionDetail, SaveDraftRequest } from '@peerpath/contracts';
import { EditDraftPage } from '@peerpath/web/programmes/edit-draft.page';

const draft: ProgrammeVersionDetail = {
  id: 'v2',
  programmeId: 'p1',
  programmeCode: 'BSW',
  programmeTitle: 'Buddy Support Worker',
  label: '2026.2',
  status: 'draft',
  publishedAt: null,
  version: 3,
  modules: [
    {
      id: 'm1',
      number: 1,
      title: 'Understanding your role',
      summary: 'What a buddy does',
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

describe('EditDraftPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EditDraftPage>;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EditDraftPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EditDraftPage);
    fixture.componentRef.setInput('id', 'v2');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush(draft);
    await settle();
  });

  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const button = (name: string) =>
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
  const summaryLinks = () => Array.from(page.querySelectorAll('.govuk-error-summary li')).map((li) => [li.textContent?.trim(), li.querySelector('a')?.getAttribute('href') ?? null]);

  it('saves an edited criterion with the version it loaded', async () => {
    expect(page.querySelector<HTMLTextAreaElement>('#m0-o0-c0-text')?.value).toBe('Describe the tasks a buddy may do');
    type('m0-o0-c0-text', 'Describe the tasks a buddy may and may not do');
    button('Save draft').click();

    const request = http.expectOne('/api/programmes/versions/v2/content');
    expect(request.request.method).toBe('PUT');
    const body = request.request.body as SaveDraftRequest;
    expect(body.expectedVersion).toBe(3);
    expect(body.modules[0].outcomes[0].criteria[0]).toEqual({
      code: '1.1.1',
      kind: 'knowledge',
      text: 'Describe the tasks a buddy may and may not do',
      simulationAllowed: false,
    });
    const saved: ProgrammeVersionDetail = JSON.parse(JSON.stringify(draft));
    saved.version = 4;
    saved.modules[0].outcomes[0].criteria[0].text = 'Describe the tasks a buddy may and may not do';
    request.flush(saved);
    await settle();

    expect(page.querySelector('#saved-banner')?.textContent).toContain('Draft saved.');
    // The next save sends the new version.
    button('Save draft').click();
    expect((http.expectOne('/api/programmes/versions/v2/content').request.body as SaveDraftRequest).expectedVersion).toBe(4);
  });

  it('adds and removes criteria and outcomes with fresh codes', async () => {
    button('Add a criterion to outcome 1.1').click();
    button('Add a learning outcome to module 1').click();
    await settle();
    expect(page.querySelector<HTMLInputElement>('#m0-o0-c2-code')?.value).toBe('1.1.3');
    expect(page.querySelector<HTMLInputElement>('#m0-o1-code')?.value).toBe('1.2');
    expect(page.querySelector<HTMLInputElement>('#m0-o1-c0-code')?.value).toBe('1.2.1');

    button('Remove criterion 1.1.1').click();
    await settle();
    button('Save draft').click();
    const body = http.expectOne('/api/programmes/versions/v2/content').request.body as SaveDraftRequest;
    expect(body.modules[0].outcomes.map((o) => [o.code, o.criteria.map((c) => c.code)])).toEqual([
      ['1.1', ['1.1.2', '1.1.3']],
      ['1.2', ['1.2.1']],
    ]);
  });

  it('shows the STALE_VERSION message and offers to load the latest draft', async () => {
    button('Save draft').click();
    const message = 'Someone else changed this draft since you opened it: reload it and make your change again';
    http
      .expectOne('/api/programmes/versions/v2/content')
      .flush({ statusCode: 409, code: 'STALE_VERSION', message }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(summaryLinks()).toEqual([[message, null]]);
    button('Load the latest draft').click();
    await settle();
    http.expectOne('/api/programmes/versions/v2').flush(draft);
    await settle();
    expect(page.querySelector('.govuk-error-summary')).toBeNull();
  });

  it('links field errors from a save to their fields', async () => {
    button('Save draft').click();
    http.expectOne('/api/programmes/versions/v2/content').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Check the details you entered',
        fieldErrors: { 'modules.0.outcomes.0.criteria.1.text': ['Criterion text must be between 1 and 1000 characters'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(summaryLinks()).toEqual([['Criterion text must be between 1 and 1000 characters', '#m0-o0-c1-text']]);
    expect(page.querySelector('#m0-o0-c1-text-error')?.textContent).toContain('Criterion text must be between 1 and 1000 characters');
  });

  it('checks the publishing rules before asking for confirmation', async () => {
    button('Remove criterion 1.1.1').click();
    await settle();
    button('Remove criterion 1.1.2').click();
    await settle();
    button('Publish').click();
    await settle();

    expect(summaryLinks()).toEqual([
      ['Module 1 needs at least one assessment criterion', '#m0'],
      ['Outcome 1.1 needs at least one assessment criterion', '#m0-o0'],
    ]);
    expect(page.querySelector('[data-testid=publish-confirmation]')).toBeNull();
  });

  it('publishes after confirmation, saving unsaved changes first, then lists it as published', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('m0-title', 'Your role as a buddy');
    button('Publish').click();
    await settle();
    expect(page.querySelector('[data-testid=publish-confirmation]')?.textContent).toContain('can no longer change');
    button('Yes, publish 2026.2').click();

    const save = http.expectOne('/api/programmes/versions/v2/content');
    expect((save.request.body as SaveDraftRequest).modules[0].title).toBe('Your role as a buddy');
    save.flush({ ...draft, version: 4 });
    await settle();
    const publish = http.expectOne('/api/programmes/versions/v2/publish');
    expect(publish.request.body).toEqual({ expectedVersion: 4 });
    publish.flush({ ...draft, status: 'published', version: 5 });
    await settle();

    expect(navigate).toHaveBeenCalledWith(['/programmes'], { state: { published: 'Buddy Support Worker 2026.2 is published.' } });
  });

  it("lists the API's publishing problems in the error summary", async () => {
    button('Publish').click();
    await settle();
    button('Yes, publish 2026.2').click();
    http.expectOne('/api/programmes/versions/v2/publish').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'This version is not ready to publish',
        fieldErrors: { modules: ['Codes must be unique: 1.1 repeated'], 'modules.0.title': ['Module 1 needs a title'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(summaryLinks()).toEqual([
      ['Codes must be unique: 1.1 repeated', null],
      ['Module 1 needs a title', '#m0-title'],
    ]);
  });
});

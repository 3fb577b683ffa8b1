import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DecisionView } from '@peerpath/contracts';
import { AssessPage } from '@peerpath/web/cohorts/assess.page';
import { COHORT, SHEET } from '@peerpath/web/cohorts/cohort.fixtures';
import { todayIso } from '@peerpath/web/govuk/dates';

const SHEET_URL = '/api/cohorts/c1/modules/m2/assessment';

describe('AssessPage', () => {
  let fixture: ComponentFixture<AssessPage>;
  let page: HTMLElement;
  let http: HttpTestingController;

  async function render(permissions = COHORT.permissions) {
    TestBed.configureTestingModule({
      imports: [AssessPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssessPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    fixture.componentRef.setInput('moduleId', 'm2');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/cohorts/c1').flush({ ...COHORT, permissions });
    http.expectOne(SHEET_URL).flush(SHEET);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const click = async (element: HTMLElement | null | undefined) => {
    if (!element) throw new Error('nothing to click');
    element.click();
    await fixture.whenStable();
  };
  const criterion = (code: string) => page.querySelector<HTMLInputElement>(`[data-criterion-code="${code}"] input`);
  const labelled = (text: string) =>
    Array.from(page.querySelectorAll<HTMLLabelElement>('label')).find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === text);
  const inputFor = (text: string) => {
    const label = labelled(text);
    return label ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
  };
  const button = (pattern: RegExp) => Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find((b) => pattern.test(b.textContent ?? ''));
  const methodLabels = () =>
    Array.from(page.querySelectorAll('input[name=method]')).map((input) => page.querySelector(`label[for="${input.id}"]`)?.textContent?.trim());
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists the criteria with their code and kind, and the decision in force for each buddy', async () => {
    await render();
    expect(text('h1')).toBe('Module 2: Duty of care');
    expect(text('[data-criterion-code="2.2a"] label')).toBe('2.2a Competence Raise a concern with staff');
    expect(text('[data-testid=decisions-table] [data-buddy-id=b1] [data-criterion-id=k1]')).toMatch(/^Met — observation in practice, 12 Mar/);
    expect(text('[data-testid=decisions-table] [data-buddy-id=b2] [data-criterion-id=k1]')).toBe('No decision');
  });

  it("links each buddy in the table to their decision history on this module", async () => {
    await render();
    const link = page.querySelector<HTMLAnchorElement>('[data-testid=decisions-table] [data-buddy-id=b1] th a');
    expect(link?.getAttribute('href')).toBe('/cohorts/c1/buddies/b1/modules/m2/history');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Alex Brown: decision history');
  });

  it('limits the methods to those every chosen criterion allows, and says why', async () => {
    await render();
    expect(methodLabels()).toHaveLength(6);
    expect(page.querySelector('[data-testid=method-restrictions]')).toBeNull();

    await click(inputFor('Workbook'));
    await click(criterion('2.2b'));
    expect(methodLabels()).toEqual(['Observation in practice', 'Simulation']);
    expect(text('[data-testid=method-restrictions]')).toBe('2.2b is a competence: record it by observation or simulation');

    await click(criterion('2.2a'));
    expect(methodLabels()).toEqual(['Observation in practice']);
    expect(text('[data-testid=method-restrictions]')).toContain('2.2a is a competence: record it by observation in practice');
  });

  it('asks for every missing part before sending anything', async () => {
    await render();
    const note = page.querySelector<HTMLTextAreaElement>('#evidenceNote');
    expect(note).not.toBeNull();
    await click(button(/Record decisions/));
    http.expectNone((request) => request.method === 'POST');
    const lines = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(lines).toEqual([
      ['Select at least one criterion', '#criteria'],
      ['Select at least one buddy', '#buddies'],
      ['Select how the criteria were assessed', '#method'],
      ['Select met or not yet met', '#outcome'],
      ['Enter a short evidence note', '#evidenceNote'],
    ]);
  });

  it('selects every criterion of the module in one click, and clears them again', async () => {
    await render();
    const boxes = () => Array.from(page.querySelectorAll<HTMLInputElement>('input[name=criteria]'));
    await click(button(/Select all criteria/));
    expect(boxes().every((box) => box.checked)).toBe(true);
    expect(button(/Clear all criteria/)).toBeTruthy();
    await click(button(/Clear all criteria/));
    expect(boxes().some((box) => box.checked)).toBe(false);
  });

  it('records the cross product of chosen buddies and criteria in one request, then shows a banner and fresh data', async () => {
    await render();
    await click(criterion('2.2a'));
    await click(criterion('2.1a'));
    await click(button(/Select all buddies/));
    await click(inputFor('Kai Patel, C3456DE'));
    expect(button(/Record \d+ decisions?/)?.textContent?.trim()).toBe('Record 4 decisions');
    await click(inputFor('Observation in practice'));
    await click(inputFor('Met'));
    const note = page.querySelector<HTMLTextAreaElement>('#evidenceNote');
    if (!note) throw new Error('no note');
    note.value = 'Seen on the wing raising a concern';
    note.dispatchEvent(new Event('input'));
    await click(button(/Record 4 decisions/));

    const post = http.expectOne('/api/cohorts/c1/decisions');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      method: 'observation',
      assessedOn: todayIso(),
      evidenceNote: 'Seen on the wing raising a concern',
      decisions: [
        { buddyId: 'b1', criterionId: 'k1', outcome: 'met' },
        { buddyId: 'b1', criterionId: 'c1', outcome: 'met' },
        { buddyId: 'b2', criterionId: 'k1', outcome: 'met' },
        { buddyId: 'b2', criterionId: 'c1', outcome: 'met' },
      ],
    });
    post.flush(post.request.body.decisions.map((d: DecisionView, i: number) => ({ ...SHEET.current[0], ...d, id: `n${i}` })));
    // The sheet reloads at once; the page only settles when that answer arrives.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne(SHEET_URL).flush(SHEET);
    await fixture.whenStable();
    expect(text('[data-testid=success-banner] .govuk-notification-banner__heading')).toBe(
      '4 decisions recorded as met: 2 buddies, 2 criteria',
    );
    expect(criterion('2.2a')?.checked).toBe(false);
    expect(page.querySelector('.govuk-error-summary')).toBeNull();
  });

  it("shows the API's field errors, e.g. a competence recorded the wrong way", async () => {
    await render();
    await click(criterion('2.1a'));
    await click(inputFor('Alex Brown, A1234BC'));
    await click(inputFor('Workbook'));
    await click(inputFor('Not yet met'));
    const note = page.querySelector<HTMLTextAreaElement>('#evidenceNote');
    if (!note) throw new Error('no note');
    note.value = 'Workbook section 2';
    note.dispatchEvent(new Event('input'));
    await click(button(/Record 1 decision/));

    http.expectOne('/api/cohorts/c1/decisions').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Check the decisions',
        fieldErrors: { method: ['2.2a is a competence: record it by observation in practice'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text('.govuk-error-summary__list')).toBe('2.2a is a competence: record it by observation in practice');
    expect(text('#method-error')).toBe('Error: 2.2a is a competence: record it by observation in practice');
    expect(page.querySelector('[data-testid=success-banner]')).toBeNull();
  });

  it('shows only the decisions to someone who may not assess', async () => {
    await render({ ...COHORT.permissions, assess: false });
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelectorAll('[data-testid=decisions-table] tbody tr')).toHaveLength(3);
  });

  it('says the assessment cannot be shown when the API answers 404, rather than loading for ever', async () => {
    TestBed.configureTestingModule({
      imports: [AssessPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssessPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    fixture.componentRef.setInput('moduleId', 'm2');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    const notFound = { status: 404, statusText: 'Not Found' };
    http.expectOne('/api/cohorts/c1').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, notFound);
    http.expectOne(SHEET_URL).flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, notFound);
    await fixture.whenStable();

    expect(page.textContent).toContain("Sorry, this module's assessment cannot be shown.");
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DecisionHistory, DecisionView } from '@peerpath/contracts';
import { historyByCriterion } from '@peerpath/web/cohorts/decision-history';
import { DecisionHistoryPage } from '@peerpath/web/cohorts/decision-history.page';

const URL = '/api/cohorts/c1/buddies/b1/modules/m2/decisions';

const decision = (id: string, criterionId: string, outcome: DecisionView['outcome'], assessedOn: string, current: boolean, extra: Partial<DecisionView> = {}): DecisionView => ({
  id,
  buddyId: 'b1',
  criterionId,
  criterionCode: criterionId === 'k1' ? '2.1a' : '2.2a',
  outcome,
  method: 'questioning',
  assessedOn,
  evidenceNote: `Note ${id}`,
  assessorName: 'Tess Trainer',
  recordedAt: `${assessedOn}T10:00:00Z`,
  current,
  ...extra,
});

const HISTORY: DecisionHistory = {
  cohortId: 'c1',
  cohortName: 'Exeter spring cohort',
  programmeTitle: 'Buddy Support Worker',
  versionLabel: '2026.1',
  moduleId: 'm2',
  moduleNumber: 2,
  moduleTitle: 'Duty of care',
  buddy: { buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Alex', lastName: 'Brown' },
  criteria: [
    { id: 'k1', code: '2.1a', text: 'Describe what duty of care means' },
    { id: 'c1', code: '2.2a', text: 'Raise a concern with staff' },
    { id: 'c2', code: '2.2b', text: 'Respond to a complaint' },
  ],
  decisions: [
    decision('d3', 'c1', 'met', '2026-03-14', true, { method: 'observation', assessorName: 'Asha Assessor' }),
    decision('d2', 'k1', 'met', '2026-03-12', true),
    decision('d1', 'k1', 'not_yet_met', '2026-03-05', false),
  ],
  total: 3,
  limit: 500,
};

describe('historyByCriterion', () => {
  it("groups decisions under the module's criteria in order, each newest first, keeping undecided criteria", () => {
    const groups = historyByCriterion(HISTORY);
    expect(groups.map((g) => [g.code, g.decisions.map((d) => d.id)])).toEqual([
      ['2.1a', ['d2', 'd1']],
      ['2.2a', ['d3']],
      ['2.2b', []],
    ]);
  });
});

describe('DecisionHistoryPage', () => {
  let fixture: ComponentFixture<DecisionHistoryPage>;
  let page: HTMLElement;
  let http: HttpTestingController;

  async function render(answer: (url: string) => void) {
    TestBed.configureTestingModule({
      imports: [DecisionHistoryPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DecisionHistoryPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    fixture.componentRef.setInput('buddyId', 'b1');
    fixture.componentRef.setInput('moduleId', 'm2');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    answer(URL);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());
  const texts = (selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('shows every decision on each criterion, newest first, with method, assessor, date and note', async () => {
    await render((url) => http.expectOne(url).flush(HISTORY));
    expect(texts('h1')).toEqual(['Alex Brown: decision history']);
    expect(texts('.govuk-caption-l')).toEqual(['Exeter spring cohort: Buddy Support Worker (2026.1)']);
    expect(texts('h2')).toEqual(['2.1a: Describe what duty of care means', '2.2a: Raise a concern with staff', '2.2b: Respond to a complaint']);
    const first = page.querySelector('[data-criterion-code="2.1a"]');
    expect(Array.from(first?.querySelectorAll('tbody tr') ?? []).map((tr) => tr.getAttribute('data-decision-id'))).toEqual(['d2', 'd1']);
    expect(texts('[data-criterion-code="2.1a"] tbody td')).toEqual([
      '12 March 2026', 'Met', 'Written or verbal questions', 'Tess Trainer', 'Note d2',
      '5 March 2026', 'Not yet met Replaced by a later decision', 'Written or verbal questions', 'Tess Trainer', 'Note d1',
    ]);
    expect(texts('[data-criterion-code="2.2a"] tbody td')[3]).toBe('Asha Assessor');
    expect(texts('[data-criterion-code="2.2b"] p')).toEqual(['No decision yet.']);
    // Wide tables scroll inside their own region, never the page.
    expect(page.querySelectorAll('.pp-scroll-region table')).toHaveLength(2);
    expect(page.querySelector('[data-testid=history-bounded]')).toBeNull();
  });

  it('says when the bound cut older decisions off', async () => {
    await render((url) => http.expectOne(url).flush({ ...HISTORY, total: 700 }));
    expect(texts('[data-testid=history-bounded]')).toEqual(['Showing the newest 3 of 700 decisions.']);
  });

  it('says not found when the API does (another prison, or no such buddy in the cohort)', async () => {
    await render((url) => http.expectOne(url).flush({ code: 'NOT_FOUND', message: 'Cohort not found' }, { status: 404, statusText: 'Not Found' }));
    expect(texts('h1')).toEqual(['Decision history not found']);
  });
});

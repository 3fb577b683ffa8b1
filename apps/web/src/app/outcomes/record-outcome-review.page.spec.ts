import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { todayIso } from '@peerpath/web/govuk/dates';
import { Flash } from '@peerpath/web/govuk/flash';
import { RecordOutcomeReviewPage } from '@peerpath/web/outcomes/record-outcome-review.page';

describe('RecordOutcomeReviewPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [RecordOutcomeReviewPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RecordOutcomeReviewPage);
    fixture.componentRef.setInput('id', 'r1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/recipients/r1').flush({ id: 'r1', firstName: 'Graham', lastName: 'Rowe' });
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  const type = (id: string, value: string) => {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
  };
  const click = (selector: string) => page.querySelector<HTMLElement>(selector)?.click();
  const submit = async () => {
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Record outcome review')?.click();
    await settle();
  };

  it('asks each statement as a question with five answers, strongly agree first, dated today', () => {
    const legends = Array.from(page.querySelectorAll('legend')).map((l) => l.textContent?.trim());
    expect(legends).toEqual(['Date of the review', 'My buddy helps me do the things I need', 'I can do more for myself than before']);
    const answers = Array.from(page.querySelectorAll('input[name="helpsScore"] + label')).map((l) => l.textContent?.trim());
    expect(answers).toEqual(['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree']);
    expect(page.querySelector('label[for="comment"]')?.textContent?.trim()).toBe('In their own words (optional)');
    expect(page.textContent).toContain('recorded with the recipient');
    const [year, month, day] = todayIso().split('-');
    expect(page.querySelector<HTMLInputElement>('#reviewedOn-day')?.value).toBe(String(Number(day)));
    expect(page.querySelector<HTMLInputElement>('#reviewedOn-month')?.value).toBe(String(Number(month)));
    expect(page.querySelector<HTMLInputElement>('#reviewedOn-year')?.value).toBe(year);
    expect(page.querySelector('.pp-caption, .govuk-caption-l')?.textContent).toContain('Graham Rowe');
  });

  it('posts the answers and returns to the record with a message', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    click('#helpsScore-4');
    click('#independenceScore-2');
    type('comment', '  Meals on time now.  ');
    await submit();

    const request = http.expectOne('/api/recipients/r1/outcome-reviews');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reviewedOn: todayIso(), helpsScore: 4, independenceScore: 2, comment: 'Meals on time now.' });
    request.flush({ id: 'o1', reviewedOn: '2026-03-03' });
    await settle();

    expect(TestBed.inject(Flash).take()).toBe('Outcome review on 3 March 2026 recorded');
    expect(navigate).toHaveBeenCalledWith(['/recipients', 'r1']);
  });

  it('says what is missing before sending anything, linking each problem to its question', async () => {
    type('reviewedOn-day', '31');
    type('reviewedOn-month', '2');
    await submit();
    const links = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).toEqual([
      ['#reviewedOn-day', 'Enter the date of the review as a real date, for example 27 3 2026'],
      ['#helpsScore-5', 'Select their answer to “My buddy helps me do the things I need”'],
      ['#independenceScore-5', 'Select their answer to “I can do more for myself than before”'],
    ]);
  });

  it("shows the API's refusal beside the field it is about", async () => {
    click('#helpsScore-5');
    click('#independenceScore-5');
    await submit();
    http.expectOne('/api/recipients/r1/outcome-reviews').flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check', fieldErrors: { reviewedOn: ['The review date cannot be before they were added to the register (2026-03-01)'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#reviewedOn-day');
    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain('before they were added to the register');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RecordSupervisionPage } from '@peerpath/web/supervision/record-supervision.page';
import { Flash } from '@peerpath/web/govuk/flash';
import { todayIso } from '@peerpath/web/govuk/dates';

describe('RecordSupervisionPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [RecordSupervisionPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RecordSupervisionPage);
    fixture.componentRef.setInput('id', 'b1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/buddies/b1').flush({ id: 'b1', firstName: 'Aled', lastName: 'Bowen' });
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  const type = (id: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (input) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  };
  const click = (selector: string) => page.querySelector<HTMLElement>(selector)?.click();
  const submit = () => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Record supervision')?.click();

  it('posts the session and returns to the record with a message', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('durationMinutes', '40');
    type('hoursWorkedSinceLast', '6');
    click('#wellbeing-3');
    click('#boundariesDiscussed-yes');
    type('agreedActions', 'Meet in four weeks');
    submit();

    const request = http.expectOne('/api/buddies/b1/supervisions');
    expect(request.request.body).toEqual({
      heldOn: todayIso(),
      durationMinutes: 40,
      hoursWorkedSinceLast: 6,
      wellbeing: 3,
      boundariesDiscussed: true,
      agreedActions: 'Meet in four weeks',
    });
    request.flush({ id: 's1', heldOn: '2026-03-03' });
    await settle();

    expect(TestBed.inject(Flash).take()).toBe('Supervision on 3 March 2026 recorded');
    expect(navigate).toHaveBeenCalledWith(['/buddies', 'b1']);
  });

  it("shows the API's refusal: field errors by their fields, others in the summary", async () => {
    type('durationMinutes', '40');
    type('hoursWorkedSinceLast', '6');
    click('#wellbeing-3');
    click('#boundariesDiscussed-no');
    submit();
    http.expectOne('/api/buddies/b1/supervisions').flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check', fieldErrors: { hoursWorkedSinceLast: ['Enter the hours worked, to one decimal place'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(page.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#hoursWorkedSinceLast');

    submit();
    http.expectOne('/api/buddies/b1/supervisions').flush(
      { statusCode: 409, code: 'RECORD_CLOSED', message: "Aled Bowen's record is closed" },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain("Aled Bowen's record is closed");
  });
});

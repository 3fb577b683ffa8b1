import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { COHORT, REGISTER } from '@peerpath/web/cohorts/cohort.fixtures';
import { Flash } from '@peerpath/web/govuk/flash';
import { RegisterPage } from '@peerpath/web/cohorts/register.page';

describe('RegisterPage', () => {
  let fixture: ComponentFixture<RegisterPage>;
  let page: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  async function render(permissions = COHORT.permissions) {
    TestBed.configureTestingModule({
      imports: [RegisterPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(RegisterPage);
    fixture.componentRef.setInput('cohortId', 'c1');
    fixture.componentRef.setInput('sessionId', 's1');
    page = fixture.nativeElement;
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne('/api/cohorts/c1').flush({ ...COHORT, permissions });
    http.expectOne('/api/cohorts/c1/sessions/s1/register').flush(REGISTER);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const radio = (buddyId: string, mark: string) =>
    page.querySelector<HTMLInputElement>(`[data-buddy-id="${buddyId}"] input[value="${mark}"]`);
  const click = async (element: HTMLElement | null) => {
    if (!element) throw new Error('nothing to click');
    element.click();
    await fixture.whenStable();
  };
  const button = (name: string) =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === name) ?? null;
  /** A refused request settles a macrotask later than a successful one. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists every enrolled buddy with four marks, each radio group labelled by the buddy', async () => {
    await render();
    expect(text('h1')).toBe('Attendance register');
    const legends = Array.from(page.querySelectorAll('legend')).map((l) => l.textContent?.trim());
    expect(legends).toEqual(['Alex Brown, A1234BC', 'Sam Jones, B2345CD', 'Kai Patel, C3456DE']);
    const labels = Array.from(page.querySelectorAll('[data-buddy-id="b1"] label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Present', 'Late', 'Absent', 'Excused']);
    expect(radio('b1', 'present')?.id).toBe('mark-b1');
  });

  it('refuses to save with anyone unmarked, naming them in the error summary', async () => {
    await render();
    await click(radio('b2', 'absent'));
    await click(button('Save register'));

    http.expectNone('/api/cohorts/c1/sessions/s1/register');
    const links = Array.from(page.querySelectorAll('.govuk-error-summary a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Select attendance for Alex Brown', '#mark-b1'],
      ['Select attendance for Kai Patel', '#mark-b3'],
    ]);
    expect(text('#mark-b1-error')).toBe('Error: Select attendance for Alex Brown');
    expect(page.querySelector('#mark-b2-error')).toBeNull();
  });

  it('marks everyone present, takes one exception, saves in one PUT and returns with a banner', async () => {
    await render();
    await click(button('Mark everyone present'));
    expect(['b1', 'b2', 'b3'].map((id) => radio(id, 'present')?.checked)).toEqual([true, true, true]);
    await click(radio('b3', 'absent'));
    expect(radio('b3', 'present')?.checked).toBe(false);
    expect(text('[data-testid=register-tally]')).toBe('So far: 2 present, 1 absent.');

    await click(button('Save register'));
    const put = http.expectOne('/api/cohorts/c1/sessions/s1/register');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      marks: [
        { buddyId: 'b1', mark: 'present' },
        { buddyId: 'b2', mark: 'present' },
        { buddyId: 'b3', mark: 'absent' },
      ],
    });
    put.flush({ ...REGISTER, entries: REGISTER.entries.map((e) => ({ ...e, mark: 'present' })) });
    await fixture.whenStable();

    expect(router.navigate).toHaveBeenCalledWith(['/cohorts', 'c1']);
    expect(TestBed.inject(Flash).take()).toBe('Attendance saved for the session on 3 February 2026: 2 present, 1 absent');
  });

  it("shows the API's message when it refuses the register", async () => {
    await render();
    await click(button('Mark everyone present'));
    await click(button('Save register'));
    http
      .expectOne('/api/cohorts/c1/sessions/s1/register')
      .flush(
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check the register', fieldErrors: { marks: ['Every enrolled buddy needs a mark'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(text('.govuk-error-summary__list')).toBe('Every enrolled buddy needs a mark');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('shows the marks read-only to someone who may not take the register', async () => {
    await render({ ...COHORT.permissions, registerAttendance: false });
    expect(page.querySelector('input[type=radio]')).toBeNull();
    expect(button('Mark everyone present')).toBeNull();
    expect(page.querySelectorAll('[data-testid=register-table] tbody tr')).toHaveLength(3);
  });
});

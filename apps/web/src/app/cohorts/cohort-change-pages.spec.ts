import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CohortDetail } from '@peerpath/contracts';
import { COHORT } from '@peerpath/web/cohorts/cohort.fixtures';
import { EnrolPage } from '@peerpath/web/cohorts/enrol.page';
import { ScheduleSessionPage } from '@peerpath/web/cohorts/schedule-session.page';
import { WithdrawPage } from '@peerpath/web/cohorts/withdraw.page';

/** The pages that change a cohort, reached by address: they follow the cohort's permissions. */
describe('cohort change pages', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(component: Type<unknown>, answer: CohortDetail | 404, inputs: Record<string, string> = {}): Promise<void> {
    TestBed.configureTestingModule({
      imports: [component],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(component);
    fixture.componentRef.setInput('cohortId', 'c1');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle();
    const request = http.expectOne('/api/cohorts/c1');
    if (answer === 404) request.flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    else request.flush(answer);
    await settle();
  }

  afterEach(() => http.verify());

  const coordinating: CohortDetail = { ...COHORT, permissions: { enrol: true, schedule: true, registerAttendance: true, assess: true } };
  const refusedText = () => page.querySelector('[data-testid=refused]')?.textContent?.trim();

  describe('enrol', () => {
    it('says the cohort cannot be shown when the API answers 404', async () => {
      await open(EnrolPage, 404);
      expect(page.textContent).toContain('Sorry, this cohort cannot be shown.');
    });

    it('shows no form, and asks for no buddies, to someone who may not enrol', async () => {
      await open(EnrolPage, COHORT);
      expect(refusedText()).toBe('You cannot change this cohort.');
      expect(page.querySelector('form')).toBeNull();
      http.expectNone((r) => r.url === '/api/cohorts/c1/enrolable-buddies');
    });

    it('searches the server for who may enrol and lists them as choices, with their prison', async () => {
      await open(EnrolPage, coordinating);
      http.expectOne((r) => r.url === '/api/cohorts/c1/enrolable-buddies').flush({
        items: [{ id: 'b9', prisonNumber: 'Z9999ZZ', firstName: 'Nia', lastName: 'Lee', prisonName: 'Exeter' }],
        total: 1,
        page: 1,
        pageSize: 20,
      });
      await settle();
      expect(refusedText()).toBeUndefined();
      expect(page.querySelector('form')).not.toBeNull();
      expect(page.querySelector('label[for=buddyId-b9]')?.textContent).toContain('Nia Lee (Z9999ZZ)');
      expect(page.querySelector('#buddyId-b9-hint')?.textContent).toContain('Exeter');

      const box = page.querySelector<HTMLInputElement>('#buddyId') as HTMLInputElement;
      box.value = 'nia';
      box.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 350));
      await settle();
      const search = http.expectOne((r) => r.url === '/api/cohorts/c1/enrolable-buddies');
      expect(search.request.params.get('search')).toBe('nia');
      search.flush({ items: [], total: 0, page: 1, pageSize: 20 });
      await settle();
      expect(page.textContent).toContain('No one found matching “nia”.');
    });
  });

  describe('schedule a session', () => {
    it('says the cohort cannot be shown when the API answers 404', async () => {
      await open(ScheduleSessionPage, 404);
      expect(page.textContent).toContain('Sorry, this cohort cannot be shown.');
    });

    it('shows no form to someone who may not schedule', async () => {
      await open(ScheduleSessionPage, COHORT);
      expect(refusedText()).toBe('You cannot change this cohort.');
      expect(page.querySelector('form')).toBeNull();
      http.expectNone('/api/programmes/versions/v1');
    });

    it('shows the form to someone who may schedule', async () => {
      await open(ScheduleSessionPage, coordinating);
      http.expectOne('/api/programmes/versions/v1').flush({ id: 'v1', modules: [] });
      await settle();
      expect(refusedText()).toBeUndefined();
      expect(page.querySelector('form')).not.toBeNull();
    });
  });

  describe('withdraw', () => {
    it('says the enrolment cannot be found when the API answers 404', async () => {
      await open(WithdrawPage, 404, { enrolmentId: 'e1' });
      expect(page.textContent).toContain('Sorry, this enrolment cannot be found');
    });

    it('shows no form to someone who may not enrol or withdraw', async () => {
      await open(WithdrawPage, COHORT, { enrolmentId: 'e1' });
      expect(refusedText()).toBe('You cannot change this cohort.');
      expect(page.querySelector('form')).toBeNull();
    });

    it('shows the form to someone who may', async () => {
      await open(WithdrawPage, coordinating, { enrolmentId: 'e1' });
      expect(refusedText()).toBeUndefined();
      expect(page.querySelector('h1')?.textContent).toBe('Withdraw Alex Brown');
      expect(page.querySelector('form')).not.toBeNull();
    });
  });
});

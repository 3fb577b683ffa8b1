import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AttentionSummary, CurrentUser, RoleAssignmentView } from '@peerpath/contracts';
import { AttentionPanel } from '@peerpath/web/attention/attention-panel';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ServiceNavigation } from '@peerpath/web/layout/service-navigation';

@Component({ selector: 'pp-blank', template: '' })
class Blank {}

const coordinator: RoleAssignmentView = { role: 'coordinator', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const trainer: RoleAssignmentView = { role: 'trainer', scope: 'prison', prisonCode: 'EXI', scopeLabel: 'Exeter (EXI)' };
const auditor: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };

const summary: AttentionSummary = {
  total: 7,
  sections: [
    { key: 'supervision-overdue', role: 'coordinator', title: 'Supervision overdue', count: 4, oldestDays: 12, href: '/attention/supervision-overdue' },
    { key: 'supervision-due', role: 'coordinator', title: 'Supervision due this week', count: 2, oldestDays: null, href: '/attention/supervision-due' },
    { key: 'applicants-waiting', role: 'coordinator', title: 'Applicants waiting for a decision', count: 0, oldestDays: null, href: '/attention/applicants-waiting' },
    { key: 'registers-not-taken', role: 'trainer', title: 'Registers not yet taken', count: 1, oldestDays: 1, href: '/attention/registers-not-taken' },
  ],
};

describe('needs attention today', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '', component: Blank }, { path: 'elsewhere', component: Blank }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function signIn(roles: RoleAssignmentView[], extra: Partial<CurrentUser> = {}) {
    const user: CurrentUser = { id: 'u1', username: 'someone', displayName: 'Someone', roles, ...extra } as CurrentUser;
    const loaded = TestBed.inject(AuthService).loadCurrentUser();
    http.expectOne('/api/auth/me').flush(user);
    await loaded;
  }

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

  async function navigate(path: string) {
    await TestBed.inject(Router).navigateByUrl(path);
  }

  it('shows the count beside Home, said as "(7 need attention)", and asks again once per navigation', async () => {
    await signIn([coordinator, trainer]);
    const fixture = TestBed.createComponent(ServiceNavigation);
    await navigate('/');
    http.expectOne('/api/attention').flush(summary);
    await fixture.whenStable();
    fixture.detectChanges();
    const home = fixture.nativeElement.querySelector('.govuk-service-navigation__link') as HTMLElement;
    expect(text(home)).toBe('Home7 (7 need attention)'); // read aloud: "Home (7 need attention)" (the badge is aria-hidden)
    expect(text(home.querySelector('[aria-hidden=true]'))).toBe('7');
    expect(text(home.querySelector('.govuk-visually-hidden'))).toBe('(7 need attention)');

    await navigate('/elsewhere');
    http.expectOne('/api/attention').flush({ ...summary, total: 6 });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text(fixture.nativeElement.querySelector('[data-testid=nav-attention-count]'))).toBe('6');
    http.expectNone('/api/attention');
  });

  it('shows no count when nothing needs attention, and never asks for roles without lists', async () => {
    await signIn([auditor]);
    const fixture = TestBed.createComponent(ServiceNavigation);
    await navigate('/');
    http.expectNone('/api/attention');
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid=nav-attention-count]')).toBeNull();
    expect(text(fixture.nativeElement.querySelector('.govuk-service-navigation__link'))).toBe('Home');
  });

  it('does not ask while a temporary password must be changed first (the API would refuse)', async () => {
    await signIn([trainer], { mustChangePassword: true });
    const fixture = TestBed.createComponent(ServiceNavigation);
    await navigate('/');
    http.expectNone('/api/attention');
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid=nav-attention-count]')).toBeNull();
  });

  it('lists the role’s lists with counts, longest wait and links', async () => {
    await signIn([coordinator, trainer]);
    await navigate('/');
    const fixture = TestBed.createComponent(AttentionPanel);
    fixture.componentRef.setInput('lists', 'coordinator');
    fixture.detectChanges();
    expect(text(fixture.nativeElement)).toContain('Loading what needs attention');
    http.expectOne('/api/attention').flush(summary);
    await fixture.whenStable();
    fixture.detectChanges();
    const page: HTMLElement = fixture.nativeElement;
    expect(text(page.querySelector('h3'))).toBe('Needs attention today');
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => text(c)));
    expect(rows).toEqual([
      ['Supervision overdue', '4', '12 days'],
      ['Supervision due this week', '2', ''],
      ['Applicants waiting for a decision', '0', ''],
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/attention/supervision-overdue');
    expect(page.querySelector('[data-testid=attention-none]')).toBeNull();
    expect(page.querySelector('.pp-scroll-region')?.getAttribute('aria-labelledby')).toBe('attention-heading-coordinator');
  });

  it('says when nothing needs attention for the role', async () => {
    await signIn([trainer]);
    await navigate('/');
    const fixture = TestBed.createComponent(AttentionPanel);
    fixture.componentRef.setInput('lists', 'trainer');
    http.expectOne('/api/attention').flush({ total: 0, sections: [{ ...summary.sections[3], count: 0, oldestDays: null }] });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text(fixture.nativeElement.querySelector('[data-testid=attention-none]'))).toBe('Nothing needs attention today.');
  });
});

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RoleAssignmentView, UpcomingSession } from '@peerpath/contracts';
import { AttentionPanel } from '@peerpath/web/attention/attention-panel';
import { sessionsThisWeekResource } from '@peerpath/web/cohorts/cohorts.api';
import { formatDate, todayIso } from '@peerpath/web/govuk/dates';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { PrisonsTable } from '@peerpath/web/prisons/prisons-table';
import { staffAccountsResource } from '@peerpath/web/staff/staff.api';
import { StaffTable } from '@peerpath/web/staff/staff-table';

/*
 * One section of the home page per role the user holds. Each receives that role's assignments,
 * whose scopeLabel says where the role reaches ("Exeter (EXI)", "Devon cluster", "National").
 */

@Component({
  selector: 'pp-scope-list',
  template: `
    <ul class="govuk-list govuk-list--bullet">
      @for (assignment of assignments(); track $index) {
        <li>{{ assignment.scopeLabel }}</li>
      }
    </ul>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScopeList {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
}

@Component({
  selector: 'pp-admin-section',
  imports: [ScopeList, StaffTable, RouterLink],
  template: `
    <section class="govuk-!-margin-bottom-9" aria-labelledby="admin-heading">
      <h2 class="govuk-heading-l" id="admin-heading">Administration</h2>
      <p class="govuk-body">You manage programmes, prisons, clusters and staff accounts for:</p>
      <pp-scope-list [assignments]="assignments()" />
      <p class="govuk-body"><a class="govuk-link" routerLink="/programmes">Programmes</a>: draft and publish new versions.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/monitoring">Monitoring</a>: how the scheme is doing in each prison, cluster and nationally.</p>
      @if (staff.error()) {
        <p class="govuk-body">Sorry, staff accounts cannot be shown right now. Try again later.</p>
      } @else if (staff.isLoading()) {
        <p class="govuk-body">Loading staff accounts…</p>
      } @else {
        <pp-staff-table [accounts]="staff.value().items" />
        <p class="govuk-body"><a class="govuk-link" routerLink="/staff">Staff accounts</a>: add accounts, give and remove roles, unlock and deactivate.</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminSection {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
  protected readonly staff = staffAccountsResource();
}

@Component({
  selector: 'pp-trainer-section',
  imports: [ScopeList, RouterLink, AttentionPanel],
  template: `
    <section class="govuk-!-margin-bottom-9" aria-labelledby="trainer-heading">
      <h2 class="govuk-heading-l" id="trainer-heading">Training</h2>
      <pp-attention-panel lists="trainer" />
      <h3 class="govuk-heading-m">Your sessions this week</h3>
      @if (sessions.error()) {
        <p class="govuk-body">Sorry, your sessions cannot be shown right now.</p>
      } @else if (sessions.value().length === 0) {
        <p class="govuk-body" data-testid="sessions-this-week-empty">You have no sessions in the next 7 days.</p>
      } @else {
        <div class="pp-scroll-region" role="region" aria-label="Your sessions this week" tabindex="0">
          <table class="govuk-table" data-testid="sessions-this-week">
            <caption class="govuk-table__caption govuk-visually-hidden">Your sessions from today to 6 days on</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">When</th>
                <th scope="col" class="govuk-table__header">Cohort</th>
                <th scope="col" class="govuk-table__header">Modules</th>
                <th scope="col" class="govuk-table__header">Register</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (s of sessions.value(); track s.sessionId) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    @if (s.heldOn === today) { <strong>Today</strong> } @else { {{ date(s.heldOn) }} }, {{ s.startsAt }} to {{ s.endsAt }}
                    <span class="govuk-!-display-block govuk-hint govuk-!-margin-bottom-0">{{ s.location }}</span>
                  </td>
                  <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/cohorts', s.cohortId]">{{ s.cohortName }}</a></td>
                  <td class="govuk-table__cell">{{ modules(s) }}</td>
                  <td class="govuk-table__cell">
                    @if (s.heldOn === today) {
                      <a class="govuk-link" [routerLink]="['/cohorts', s.cohortId, 'sessions', s.sessionId, 'register']">
                        {{ s.marksRecorded > 0 ? 'Update the register' : 'Take the register' }}<span class="govuk-visually-hidden"> for {{ s.cohortName }}</span>
                      </a>
                    } @else {
                      <a class="govuk-link" [routerLink]="['/cohorts', s.cohortId, 'sessions', s.sessionId, 'blank-register']">
                        Paper register<span class="govuk-visually-hidden"> for {{ s.cohortName }}, {{ date(s.heldOn) }}</span>
                      </a>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <p class="govuk-body">You deliver training at:</p>
      <pp-scope-list [assignments]="assignments()" />
      <p class="govuk-body">
        <a class="govuk-link" routerLink="/cohorts">My cohorts</a>: take registers, record assessment decisions and follow each
        buddy's progress.
      </p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/programmes">Programmes</a>: the modules, outcomes and criteria you assess.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerSection {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
  protected readonly sessions = sessionsThisWeekResource();
  protected readonly today = todayIso();
  protected readonly date = formatDate;

  protected modules(session: UpcomingSession): string {
    return session.modules.map((m) => `${m.number}. ${m.title}`).join('; ');
  }
}

@Component({
  selector: 'pp-coordinator-section',
  imports: [ScopeList, PrisonsTable, RouterLink, AttentionPanel],
  template: `
    <section class="govuk-!-margin-bottom-9" aria-labelledby="coordinator-heading">
      <h2 class="govuk-heading-l" id="coordinator-heading">Buddy scheme coordination</h2>
      <pp-attention-panel lists="coordinator" />
      <p class="govuk-body">You coordinate the buddy scheme at:</p>
      <pp-scope-list [assignments]="assignments()" />
      <p class="govuk-body"><a class="govuk-link" routerLink="/cohorts">Cohorts</a>: set up training, enrol buddies and follow progress.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/buddies">Buddy register</a>: record applications and selection decisions.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/supervision">Supervision due</a>: who is overdue, and who is due this week.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/concerns">Concerns</a>: review safeguarding and boundary concerns.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/recipients">Recipients</a>: people waiting for support, and who supports whom.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/allocations">Allocations</a>: allocate certified buddies, and see allocations needing attention.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/monitoring">Monitoring</a>: how the scheme is doing at your prisons, against the year before.</p>
      @if (prisons.error()) {
        <p class="govuk-body">Sorry, prisons cannot be shown right now. Try again later.</p>
      } @else if (prisons.isLoading()) {
        <p class="govuk-body">Loading prisons…</p>
      } @else {
        <pp-prisons-table [prisons]="prisons.value()" caption="Prisons you coordinate" />
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoordinatorSection {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
  protected readonly prisons = prisonsResource();
}

@Component({
  selector: 'pp-auditor-section',
  imports: [ScopeList, PrisonsTable, RouterLink],
  template: `
    <section class="govuk-!-margin-bottom-9" aria-labelledby="auditor-heading">
      <h2 class="govuk-heading-l" id="auditor-heading">Inspection</h2>
      <p class="govuk-body">You can read the records for:</p>
      <pp-scope-list [assignments]="assignments()" />
      <div class="govuk-inset-text">You have read-only access. You can see records but you cannot change them.</div>
      <p class="govuk-body-l"><a class="govuk-link" routerLink="/monitoring">How the scheme is doing</a>: figures, charts and downloads for your prisons.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/buddies">Buddy register</a>: applicants, selection decisions and training so far.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/supervision">Supervision due</a> and <a class="govuk-link" routerLink="/concerns">concerns</a>.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/recipients">Recipients</a> and <a class="govuk-link" routerLink="/allocations">allocations</a>.</p>
      @if (prisons.error()) {
        <p class="govuk-body">Sorry, prisons cannot be shown right now. Try again later.</p>
      } @else if (prisons.isLoading()) {
        <p class="govuk-body">Loading prisons…</p>
      } @else {
        <pp-prisons-table [prisons]="prisons.value()" caption="Prisons you can inspect" />
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditorSection {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
  protected readonly prisons = prisonsResource();
}

/** Buddies read this on shared kiosks or on paper: short, large, plain words (BRIEF). */
@Component({
  selector: 'pp-buddy-section',
  template: `
    <section class="govuk-!-margin-bottom-9" aria-labelledby="buddy-heading">
      <h2 class="govuk-heading-l" id="buddy-heading">Your progress</h2>
      <p class="govuk-body-l">Your training has not started yet.</p>
      <p class="govuk-body-l">Your trainer will tell you when your first session is.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BuddySection {
  readonly assignments = input.required<readonly RoleAssignmentView[]>();
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { BuddySupervision } from '@peerpath/contracts';
import { plural } from '@peerpath/web/govuk/plural';
import { SUPERVISION_TAGS, supervisionStatusText, WELLBEING_TEXT } from '@peerpath/web/supervision/supervision-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

/** Where the buddy stands with supervision, and every session so far, newest first. */
@Component({
  selector: 'pp-supervision-section',
  imports: [DatePipe, RouterLink],
  template: `
    @let status = supervision().status;
    <p class="govuk-body" data-testid="supervision-status">
      <strong class="govuk-tag" [class]="tags[status.state].colour">{{ tags[status.state].text }}</strong>
      {{ statusText() }}
    </p>
    @if (mayRecord()) {
      <a class="govuk-button govuk-button--secondary" data-module="govuk-button" role="button" draggable="false" [routerLink]="['/buddies', buddyId(), 'supervision', 'new']">
        Record a supervision
      </a>
    }
    @if (supervision().sessions.length === 0) {
      <p class="govuk-body">No supervision has been recorded yet.</p>
    } @else {
        <div class="pp-scroll-region" role="region" aria-label="Supervision log" tabindex="0">
          <table class="govuk-table govuk-table--small-text-until-tablet" data-testid="supervision-log">
            <caption class="govuk-table__caption govuk-table__caption--s">Supervision log, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Date</th>
                <th scope="col" class="govuk-table__header">Supervisor</th>
                <th scope="col" class="govuk-table__header">Wellbeing</th>
                <th scope="col" class="govuk-table__header">Hours worked since last</th>
                <th scope="col" class="govuk-table__header">Limits of the role discussed</th>
                <th scope="col" class="govuk-table__header">Concerns and agreed actions</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (session of supervision().sessions; track session.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ session.heldOn | ppDate }}</td>
                  <td class="govuk-table__cell">{{ session.supervisorName }}, {{ plural(session.durationMinutes, 'minute') }}</td>
                  <td class="govuk-table__cell">{{ session.wellbeing }}: {{ wellbeing[session.wellbeing] }}</td>
                  <td class="govuk-table__cell">{{ session.hoursWorkedSinceLast }}</td>
                  <td class="govuk-table__cell">{{ session.boundariesDiscussed ? 'Yes' : 'No' }}</td>
                  <td class="govuk-table__cell">
                    @if (session.concerns) {
                      <p class="govuk-body-s govuk-!-margin-bottom-1">Concerns: {{ session.concerns }}</p>
                    }
                    @if (session.agreedActions) {
                      <p class="govuk-body-s govuk-!-margin-bottom-0">Agreed: {{ session.agreedActions }}</p>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionSection {
  readonly buddyId = input.required<string>();
  readonly supervision = input.required<BuddySupervision>();
  readonly mayRecord = input(false);
  protected readonly tags = SUPERVISION_TAGS;
  protected readonly wellbeing = WELLBEING_TEXT;
  protected readonly plural = plural;
  protected readonly statusText = computed(() => supervisionStatusText(this.supervision().status));
}

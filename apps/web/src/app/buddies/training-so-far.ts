import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { BuddyProgress } from '@peerpath/contracts';
import { attendanceText, moduleProgressTag } from '@peerpath/web/buddies/selection-labels';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

/** A buddy's training so far: one block per enrolment, newest first, with each module's state. */
@Component({
  selector: 'pp-training-so-far',
  imports: [DatePipe],
  template: `
    @for (enrolment of progress().enrolments; track enrolment.enrolmentId) {
      <div class="govuk-!-margin-bottom-7" [attr.data-testid]="'enrolment-' + enrolment.cohortId">
        <h3 class="govuk-heading-s">
          {{ enrolment.cohortName }}
          @if (enrolment.status === 'withdrawn') {
            <strong class="govuk-tag govuk-tag--grey">Withdrawn</strong>
          }
        </h3>
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Programme</dt>
            <dd class="govuk-summary-list__value">{{ enrolment.programmeTitle }} ({{ enrolment.versionLabel }})</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Prison</dt>
            <dd class="govuk-summary-list__value">{{ enrolment.prisonName }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Enrolled</dt>
            <dd class="govuk-summary-list__value">{{ enrolment.enrolledOn | ppDate }}</dd>
          </div>
          @if (enrolment.status === 'withdrawn') {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Withdrawn</dt>
              <dd class="govuk-summary-list__value">
                {{ enrolment.withdrawnOn | ppDate }}@if (enrolment.withdrawalReason) {: {{ enrolment.withdrawalReason }}}
              </dd>
            </div>
          }
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Modules complete</dt>
            <dd class="govuk-summary-list__value">{{ enrolment.modulesComplete }} of {{ enrolment.modules.length }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Attendance</dt>
            <dd class="govuk-summary-list__value">{{ attendance(enrolment.attendance) }}</dd>
          </div>
        </dl>
        @if (enrolment.modules.length > 0) {
          <div class="pp-scroll-region" role="region" [attr.aria-label]="'Modules in ' + enrolment.cohortName" tabindex="0">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--s">Modules in {{ enrolment.cohortName }}</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">Module</th>
                  <th scope="col" class="govuk-table__header">Progress</th>
                  <th scope="col" class="govuk-table__header">Attendance</th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                @for (module of enrolment.modules; track module.moduleId) {
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell">{{ module.number }}. {{ module.title }}</td>
                    <td class="govuk-table__cell">
                      <strong class="govuk-tag" [class]="tag(module).colour">{{ tag(module).text }}</strong>
                    </td>
                    <td class="govuk-table__cell">{{ attendance(module.attendance) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </div>
    } @empty {
      <p class="govuk-body">Not enrolled in any training yet.</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingSoFar {
  readonly progress = input.required<BuddyProgress>();
  protected readonly tag = moduleProgressTag;
  protected readonly attendance = attendanceText;
}

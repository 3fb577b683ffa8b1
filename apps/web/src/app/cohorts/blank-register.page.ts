import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { cohortResource } from '@peerpath/web/cohorts/cohorts.api';
import { formatDate } from '@peerpath/web/govuk/dates';

/** The marks a register can hold, in the order the on-screen register offers them. */
const MARKS = ['Present', 'Late', 'Absent', 'Excused'] as const;

/**
 * /cohorts/:cohortId/sessions/:sessionId/blank-register: a paper register for wings without a
 * computer (names, a box per mark, signature lines), to be typed into Peerpath afterwards.
 */
@Component({
  selector: 'pp-blank-register-page',
  imports: [RouterLink],
  template: `
    @if (cohort.hasValue()) {
      @let c = cohort.value();
      <a class="govuk-back-link pp-no-print" [routerLink]="['/cohorts', c.id]">Back to the cohort</a>
      @if (session(); as s) {
        <span class="govuk-caption-l">{{ c.name }}, {{ c.prisonName }}</span>
        <h1 class="govuk-heading-l">Attendance register: {{ date(s.heldOn) }}, {{ s.startsAt }} to {{ s.endsAt }}</h1>
        <p class="govuk-body">
          {{ s.location }}.
          @for (module of s.modules; track module.id) {
            Module {{ module.number }}: {{ module.title }}.
          }
        </p>
        <p class="govuk-body pp-no-print">Print this page, tick one box for each buddy during the session, then record the marks in Peerpath.</p>
        <button type="button" class="govuk-button govuk-button--secondary pp-no-print" data-module="govuk-button" (click)="print()">Print the register</button>
        <div class="pp-scroll-region" role="region" aria-label="Paper register" tabindex="0">
          <table class="govuk-table pp-paper-register" data-testid="blank-register">
            <caption class="govuk-table__caption govuk-table__caption--s">{{ buddies().length }} buddies enrolled</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Buddy</th>
                @for (mark of marks; track mark) {
                  <th scope="col" class="govuk-table__header pp-paper-register__box">{{ mark }}</th>
                }
                <th scope="col" class="govuk-table__header">Buddy's signature</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (buddy of buddies(); track buddy.buddyId) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {{ buddy.firstName }} {{ buddy.lastName }}
                    <span class="govuk-!-display-block govuk-!-font-weight-regular">{{ buddy.prisonNumber }}</span>
                  </th>
                  @for (mark of marks; track mark) {
                    <td class="govuk-table__cell pp-paper-register__box"><span class="pp-paper-register__tick" aria-hidden="true"></span></td>
                  }
                  <td class="govuk-table__cell pp-paper-register__signature"></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="govuk-body">Trainer's name: ..........................................</p>
        <p class="govuk-body">Trainer's signature: ..........................................  Date: ....................</p>
      } @else {
        <h1 class="govuk-heading-l">Session not found</h1>
        <p class="govuk-body">There is no such session in this cohort.</p>
      }
    } @else if (cohort.error()) {
      <h1 class="govuk-heading-l">Cohort not found</h1>
    } @else {
      <p class="govuk-body">Loading…</p>
    }
  `,
  styles: `
    .pp-paper-register__box {
      width: 4.5em;
      text-align: center;
    }
    .pp-paper-register__tick {
      display: inline-block;
      width: 1.4em;
      height: 1.4em;
      border: 2px solid #0b0c0c;
    }
    .pp-paper-register__signature {
      min-width: 12em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BlankRegisterPage {
  /** Route parameters, bound by the router. */
  readonly cohortId = input.required<string>();
  readonly sessionId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  protected readonly marks = MARKS;
  protected readonly session = computed(() => (this.cohort.hasValue() ? this.cohort.value().sessions.find((s) => s.id === this.sessionId()) : undefined));
  /** The buddies who hold a place today, by surname as the on-screen register lists them. */
  protected readonly buddies = computed(() =>
    this.cohort.hasValue()
      ? this.cohort
          .value()
          .enrolments.filter((e) => e.status === 'active')
          .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName))
      : [],
  );
  protected readonly date = formatDate;

  protected print(): void {
    window.print();
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type SessionSeries, sessionProblems, sessionSeries } from '@peerpath/domain';
import { cohortResource, CohortsApi, programmeVersionResource } from '@peerpath/web/cohorts/cohorts.api';
import { datePartsGroup, fieldIdsFrom, readDate } from '@peerpath/web/cohorts/cohort-forms';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { formatDate } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';

const TARGETS = { firstOn: 'firstOn-day', occurrences: 'occurrences', startsAt: 'startsAt', endsAt: 'endsAt', location: 'location', sessions: 'sessions' } as const;

/**
 * /cohorts/:cohortId/sessions/series: a cohort's sessions as a series (e.g. weekly for 12 weeks),
 * England and Wales bank holidays left out, then a review where each session's module is chosen
 * (the modules in order to start with), then all scheduled together or none.
 */
@Component({
  selector: 'pp-schedule-series-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, Radios, Select, TextInput],
  template: `
    <pp-error-summary [errors]="errors()" />
    @if (cohort.error()) {
      <h1 class="govuk-heading-l">Schedule a series of sessions</h1>
      <p class="govuk-body">Sorry, this cohort cannot be shown. It may not exist, or it may be outside your scope.</p>
    } @else if (refused()) {
      <h1 class="govuk-heading-l">Schedule a series of sessions</h1>
      <p class="govuk-body" data-testid="refused">You cannot change this cohort.</p>
      <p class="govuk-body"><a class="govuk-link" [routerLink]="['/cohorts', cohortId()]">Back to the cohort</a></p>
    } @else if (cohort.value(); as cohort) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ cohort.name }}</span>
          @if (!series()) {
            <h1 class="govuk-heading-l">Schedule a series of sessions</h1>
            <p class="govuk-body">The cohort runs from {{ formatDate(cohort.startsOn) }} to {{ formatDate(cohort.endsOn) }}.</p>
            <form [formGroup]="form" (ngSubmit)="review()" novalidate>
              <pp-date-input fieldId="firstOn" legend="Date of the first session" [group]="firstOn" [error]="fieldErrors()['firstOn-day']" />
              <pp-radios fieldId="everyWeeks" legend="How often" [items]="frequencies" [small]="true" formControlName="everyWeeks" />
              <pp-text-input fieldId="occurrences" label="For how many weeks or fortnights" hint="For example, 12" widthClass="govuk-input--width-3" [error]="fieldErrors()['occurrences']" formControlName="occurrences" />
              <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id="skipBankHolidays" name="skipBankHolidays" type="checkbox" formControlName="skipBankHolidays" aria-describedby="skipBankHolidays-hint" />
                    <label class="govuk-label govuk-checkboxes__label" for="skipBankHolidays">Leave out bank holidays</label>
                    <div id="skipBankHolidays-hint" class="govuk-hint govuk-checkboxes__hint">England and Wales bank holidays, from gov.uk. Those weeks have no session.</div>
                  </div>
                </div>
              </div>
              @for (field of [{ id: 'startsAt', label: 'Start time' }, { id: 'endsAt', label: 'End time' }]; track field.id) {
                <pp-text-input [fieldId]="field.id" [label]="field.label" hint="Use the 24-hour clock, for example 09:30 or 14:00" widthClass="govuk-input--width-5" [error]="fieldErrors()[field.id]" [formControlName]="field.id" />
              }
              <pp-text-input fieldId="location" label="Location" hint="For example, Education block, room 2" [error]="fieldErrors()['location']" formControlName="location" />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
                <a class="govuk-link" [routerLink]="['/cohorts', cohort.id]">Cancel</a>
              </div>
            </form>
          } @else if (series(); as series) {
            <h1 class="govuk-heading-l">Check the sessions and choose each one’s module</h1>
            <p class="govuk-body">{{ series.dates.length }} sessions, {{ form.controls.startsAt.value }} to {{ form.controls.endsAt.value }}, at {{ form.controls.location.value }}.</p>
            @if (series.skipped.length) {
              <div class="govuk-inset-text" data-testid="skipped">
                <p class="govuk-body">Left out because they are bank holidays:</p>
                <ul class="govuk-list">
                  @for (day of series.skipped; track day.date) {
                    <li>{{ formatDate(day.date) }} ({{ day.holiday }})</li>
                  }
                </ul>
              </div>
            }
            @if (series.unchecked.length) {
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Bank holidays after 2028 are not published yet: the usual ones are left out, but check {{ series.unchecked.length }} later dates yourself for any one-off holiday.</strong>
              </div>
            }
            <div id="sessions" tabindex="-1" data-testid="series-review">
              @for (control of moduleChoices.controls; track $index; let i = $index) {
                <pp-select [fieldId]="'session-' + i" [label]="formatDate(series.dates[i])" [items]="moduleOptions()" [formControl]="control" widthClass="govuk-!-width-full" />
              }
            </div>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="saving()" [attr.aria-disabled]="saving() || null" (click)="schedule()">
                Schedule {{ series.dates.length }} sessions
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="change()">Change</button>
            </div>
          }
        </div>
      </div>
    } @else {
      <h1 class="govuk-heading-l">Schedule a series of sessions</h1>
      <p class="govuk-body">Loading cohort…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleSeriesPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  protected readonly refused = computed(() => valueOf(this.cohort)?.permissions.schedule === false);
  protected readonly version = programmeVersionResource(() => (this.refused() ? undefined : valueOf(this.cohort)?.programmeVersionId));
  protected readonly modules = computed(() => valueOf(this.version)?.modules ?? []);
  protected readonly moduleOptions = computed(() => this.modules().map((m) => ({ value: m.id, text: `${m.number}. ${m.title}` })));

  protected readonly frequencies: readonly RadioItem[] = [
    { value: '1', text: 'Weekly' },
    { value: '2', text: 'Fortnightly' },
  ];
  protected readonly form = inject(NonNullableFormBuilder).group({
    everyWeeks: ['1'],
    occurrences: ['12'],
    skipBankHolidays: [true],
    startsAt: [''],
    endsAt: [''],
    location: [''],
  });
  protected readonly firstOn = datePartsGroup();
  protected readonly moduleChoices = new FormArray<FormControl<string>>([]);
  protected readonly series = signal<SessionSeries | null>(null);
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly formatDate = formatDate;

  /** Lays the series out with the domain's `sessionSeries` and checks each date with `sessionProblems`, as the API will. */
  protected review(): void {
    const cohort = valueOf(this.cohort);
    if (!cohort) return;
    const value = this.form.getRawValue();
    const problems: SummaryError[] = [];
    const first = readDate(this.firstOn.getRawValue(), 'the date of the first session');
    if (first.error !== null) problems.push({ field: TARGETS.firstOn, text: first.error });
    const occurrences = Number(value.occurrences.trim());
    if (!Number.isInteger(occurrences) || occurrences < 1 || occurrences > 60) problems.push({ field: TARGETS.occurrences, text: 'Enter a number of weeks from 1 to 60' });
    if (!value.location.trim()) problems.push({ field: TARGETS.location, text: 'Enter where the sessions are held' });
    const series = first.iso && !problems.length ? sessionSeries({ firstOn: first.iso, everyWeeks: Number(value.everyWeeks), occurrences, skipBankHolidays: value.skipBankHolidays }) : null;
    const times = { startsAt: value.startsAt.trim(), endsAt: value.endsAt.trim() };
    for (const problem of sessionProblems({ heldOn: cohort.startsOn, ...times }, cohort)) problems.push({ field: TARGETS[problem.field as 'startsAt' | 'endsAt'], text: problem.message });
    for (const date of series?.dates ?? []) {
      for (const problem of sessionProblems({ heldOn: date, ...times }, cohort).filter((p) => p.field === 'heldOn')) problems.push({ field: TARGETS.firstOn, text: `${formatDate(date)}: ${problem.message}` });
    }
    if (series && !series.dates.length) problems.push({ field: TARGETS.occurrences, text: 'Every date in the series is a bank holiday' });
    this.errors.set(problems);
    if (problems.length || !series) return;
    const modules = this.modules();
    this.moduleChoices.clear();
    // Start with the modules in order, one per session; the person changes any on review.
    series.dates.forEach((_, i) => this.moduleChoices.push(new FormControl(modules[i % Math.max(modules.length, 1)]?.id ?? '', { nonNullable: true })));
    this.series.set(series);
  }

  protected change(): void {
    this.errors.set([]);
    this.series.set(null);
  }

  protected async schedule(): Promise<void> {
    const cohort = valueOf(this.cohort);
    const series = this.series();
    if (!cohort || !series || this.saving()) return;
    const { startsAt, endsAt, location } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const sessions = await this.api.scheduleSeries(cohort.id, {
        startsAt: startsAt.trim(),
        endsAt: endsAt.trim(),
        location: location.trim(),
        sessions: series.dates.map((heldOn, i) => ({ heldOn, moduleIds: [this.moduleChoices.at(i).value] })),
      });
      this.errors.set([]);
      this.flash.set(`${sessions.length} sessions scheduled, from ${formatDate(sessions[0].heldOn)} to ${formatDate(sessions[sessions.length - 1].heldOn)}`);
      await this.router.navigate(['/cohorts', cohort.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom(TARGETS)));
    } finally {
      this.saving.set(false);
    }
  }
}

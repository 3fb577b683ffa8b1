import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { sessionProblems } from '@peerpath/domain';
import { cohortResource, CohortsApi, programmeVersionResource } from '@peerpath/web/cohorts/cohorts.api';
import { datePartsGroup, fieldIdsFrom, readDate } from '@peerpath/web/cohorts/cohort-forms';
import { Flash } from '@peerpath/web/govuk/flash';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { formatDate } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { TextInput } from '@peerpath/web/govuk/text-input';

const TARGETS = {
  heldOn: 'heldOn-day',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  location: 'location',
  moduleIds: 'moduleIds',
} as const;

/** /cohorts/:cohortId/sessions/new: a date, times, a place and the modules it covers. */
@Component({
  selector: 'pp-schedule-session-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, TextInput],
  templateUrl: './schedule-session.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleSessionPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  /** Reached by address without the right to schedule (the API would refuse): no form. */
  protected readonly refused = computed(() => valueOf(this.cohort)?.permissions.schedule === false);
  protected readonly version = programmeVersionResource(() => (this.refused() ? undefined : valueOf(this.cohort)?.programmeVersionId));
  protected readonly modules = computed(() => valueOf(this.version)?.modules ?? []);

  protected readonly form = inject(NonNullableFormBuilder).group({
    startsAt: [''],
    endsAt: [''],
    location: [''],
  });
  protected readonly heldOn = datePartsGroup();
  protected readonly chosenModules = signal<ReadonlySet<string>>(new Set());
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly formatDate = formatDate;

  protected toggleModule(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.chosenModules.update((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    const cohort = valueOf(this.cohort);
    if (!cohort || this.refused() || this.saving()) return;
    const { startsAt, endsAt, location } = this.form.getRawValue();
    const date = readDate(this.heldOn.getRawValue(), 'the date of the session');
    const moduleIds = this.modules()
      .map((m) => m.id)
      .filter((id) => this.chosenModules().has(id));
    const problems: SummaryError[] = [];
    if (date.error !== null) problems.push({ field: TARGETS.heldOn, text: date.error });
    const rules = sessionProblems({ heldOn: date.iso ?? cohort.startsOn, startsAt: startsAt.trim(), endsAt: endsAt.trim() }, cohort);
    for (const problem of rules) {
      // Whether the date falls within the cohort only means something once it is a real date.
      if (problem.field === 'heldOn' && date.iso === null) continue;
      problems.push({ field: TARGETS[problem.field], text: problem.message });
    }
    if (!location.trim()) problems.push({ field: TARGETS.location, text: 'Enter where the session is held' });
    if (moduleIds.length === 0) problems.push({ field: TARGETS.moduleIds, text: 'Select at least one module the session covers' });
    if (problems.length > 0 || date.iso === null) {
      this.errors.set(problems);
      return;
    }

    this.saving.set(true);
    try {
      const session = await this.api.scheduleSession(cohort.id, {
        heldOn: date.iso,
        startsAt: startsAt.trim(),
        endsAt: endsAt.trim(),
        location: location.trim(),
        moduleIds,
      });
      this.errors.set([]);
      this.flash.set(`Session scheduled for ${formatDate(session.heldOn)}, ${session.startsAt} to ${session.endsAt}`);
      await this.router.navigate(['/cohorts', cohort.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom(TARGETS)));
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { cohortProblems } from '@peerpath/domain';
import { CohortsApi, eligibleTrainersResource, programmesResource } from '@peerpath/web/cohorts/cohorts.api';
import { datePartsGroup, fieldIdsFrom, readDate } from '@peerpath/web/cohorts/cohort-forms';
import { Flash } from '@peerpath/web/govuk/flash';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { prisonsResource } from '@peerpath/web/prisons/prisons.api';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select, SelectItem } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { prisonItems } from '@peerpath/web/prisons/prison-items';

const TARGETS = {
  prisonCode: 'prisonCode',
  programmeVersionId: 'programmeVersionId',
  name: 'name',
  startsOn: 'startsOn-day',
  endsOn: 'endsOn-day',
  capacity: 'capacity',
  trainerIds: 'trainerIds',
} as const;


/** /cohorts/new (coordinators and admins): one delivery of a programme version at a prison. */
@Component({
  selector: 'pp-cohort-new-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, Select, TextInput],
  templateUrl: './cohort-new.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortNewPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  protected readonly form = inject(NonNullableFormBuilder).group({
    prisonCode: [''],
    programmeVersionId: [''],
    name: [''],
    capacity: ['12'],
  });
  protected readonly startsOn = datePartsGroup();
  protected readonly endsOn = datePartsGroup();
  protected readonly chosenTrainers = signal<ReadonlySet<string>>(new Set());

  protected readonly prisons = prisonsResource();
  protected readonly programmes = programmesResource();
  protected readonly prisonOptions = computed(() => prisonItems(valueOf(this.prisons) ?? []));
  /** Published versions only: cohorts are only run on published content. */
  protected readonly versionOptions = computed<SelectItem[]>(() =>
    (valueOf(this.programmes) ?? []).flatMap((programme) =>
      programme.versions
        .filter((version) => version.status === 'published')
        .map((version) => ({ value: version.id, text: `${programme.title}, ${version.label}` })),
    ),
  );
  private readonly prisonCode = toSignal(this.form.controls.prisonCode.valueChanges, { initialValue: '' });
  protected readonly trainers = eligibleTrainersResource(() => this.prisonCode() || undefined);
  protected readonly trainerOptions = computed(() => valueOf(this.trainers) ?? []);

  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);

  protected toggleTrainer(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.chosenTrainers.update((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const { prisonCode, programmeVersionId, name, capacity } = this.form.getRawValue();
    const starts = readDate(this.startsOn.getRawValue(), 'the start date');
    const ends = readDate(this.endsOn.getRawValue(), 'the end date');
    // Only trainers still offered for the chosen prison count (the prison may have changed since).
    const trainerIds = this.trainerOptions()
      .map((t) => t.userId)
      .filter((id) => this.chosenTrainers().has(id));
    const places = /^\d+$/.test(capacity.trim()) ? Number(capacity.trim()) : Number.NaN;

    const problems: SummaryError[] = [];
    if (!prisonCode) problems.push({ field: TARGETS.prisonCode, text: 'Select a prison' });
    if (!programmeVersionId) problems.push({ field: TARGETS.programmeVersionId, text: 'Select a programme version' });
    if (!name.trim()) problems.push({ field: TARGETS.name, text: 'Enter a name for the cohort' });
    if (starts.error !== null) problems.push({ field: TARGETS.startsOn, text: starts.error });
    if (ends.error !== null) problems.push({ field: TARGETS.endsOn, text: ends.error });
    const rules = cohortProblems({ startsOn: starts.iso ?? '', endsOn: ends.iso ?? '', capacity: places });
    for (const problem of rules) {
      // The order of the dates only means something once both are real dates.
      if (problem.field === 'endsOn' && (starts.iso === null || ends.iso === null)) continue;
      problems.push({ field: TARGETS[problem.field], text: problem.message });
    }
    if (trainerIds.length === 0) problems.push({ field: TARGETS.trainerIds, text: 'Select at least one trainer' });
    if (problems.length > 0 || starts.iso === null || ends.iso === null) {
      this.errors.set(problems);
      return;
    }

    this.saving.set(true);
    try {
      const cohort = await this.api.create({
        prisonCode,
        programmeVersionId,
        name: name.trim(),
        startsOn: starts.iso,
        endsOn: ends.iso,
        capacity: places,
        trainerIds,
      });
      this.errors.set([]);
      this.flash.set(`Cohort ${cohort.name} created`);
      await this.router.navigate(['/cohorts', cohort.id]);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom(TARGETS)));
    } finally {
      this.saving.set(false);
    }
  }
}

import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { AssessmentMethod, AssessmentOutcome, DecisionView } from '@peerpath/contracts';
import { buildDecisions, inListOrder, methodRestrictions, methodsForAll, successMessage } from '@peerpath/web/cohorts/assessment-rules';
import { assessmentSheetResource, cohortResource, CohortsApi } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName, decisionLabel, methodLabel } from '@peerpath/web/cohorts/cohort-labels';
import { datePartsGroup, fieldIdsFrom, readDate } from '@peerpath/web/cohorts/cohort-forms';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';

/** Where the error summary links each field to (the first input of a group, as GOV.UK does). */
const TARGETS = {
  criteria: 'criteria',
  buddies: 'buddies',
  method: 'method',
  assessedOn: 'assessedOn-day',
  outcome: 'outcome',
  evidenceNote: 'evidenceNote',
  decisions: 'criteria',
} as const;

const NOTE_LIMIT = 1000;

/**
 * /cohorts/:cohortId/modules/:moduleId/assess. One assessment occasion: the trainer picks criteria
 * and buddies, one method, date, outcome and note, and every buddy × criterion pair is recorded in
 * one request. Below, the decision in force for each buddy and criterion.
 */
@Component({
  selector: 'pp-assess-page',
  imports: [RouterLink, DateInput, ErrorSummary, SuccessBanner, Textarea, Radios],
  templateUrl: './assess.page.html',
  styleUrl: './scroll-region.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessPage {
  private readonly api = inject(CohortsApi);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);

  readonly cohortId = input.required<string>();
  readonly moduleId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  protected readonly sheet = assessmentSheetResource(
    () => this.cohortId(),
    () => this.moduleId(),
  );
  protected readonly today = todayIso();

  protected readonly chosenCriteria = signal<ReadonlySet<string>>(new Set());
  protected readonly chosenBuddies = signal<ReadonlySet<string>>(new Set());
  protected readonly method = signal<AssessmentMethod | null>(null);
  protected readonly outcome = signal<AssessmentOutcome | null>(null);
  /** The first radio has the bare id "outcome", which error summary links point at. */
  protected readonly outcomeItems: readonly RadioItem[] = [
    { value: 'met', text: 'Met', id: 'outcome' },
    { value: 'not_yet_met', text: 'Not yet met', id: 'outcome-not-yet-met' },
  ];
  protected readonly evidenceNote = signal('');
  protected readonly assessedOn = datePartsGroup(this.today);

  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected readonly criteria = computed(() => valueOf(this.sheet)?.criteria ?? []);
  protected readonly buddies = computed(() => valueOf(this.sheet)?.buddies ?? []);
  private readonly selectedCriteria = computed(() => this.criteria().filter((c) => this.chosenCriteria().has(c.id)));
  /** One method for the whole occasion, so it must suit every chosen criterion. */
  protected readonly allowedMethods = computed(() => methodsForAll(this.selectedCriteria()));
  protected readonly restrictions = computed(() => methodRestrictions(this.selectedCriteria()));
  /** A method chosen earlier no longer counts once a criterion that rules it out is ticked. */
  protected readonly effectiveMethod = computed(() => {
    const method = this.method();
    return method && this.allowedMethods().includes(method) ? method : null;
  });
  protected readonly allCriteriaChosen = computed(
    () => this.criteria().length > 0 && this.criteria().every((c) => this.chosenCriteria().has(c.id)),
  );
  protected readonly allBuddiesChosen = computed(
    () => this.buddies().length > 0 && this.buddies().every((b) => this.chosenBuddies().has(b.buddyId)),
  );
  protected readonly decisionCount = computed(() => this.chosenCriteria().size * this.chosenBuddies().size);
  protected readonly cohortName = computed(() => valueOf(this.cohort)?.name);
  protected readonly mayAssess = computed(() => valueOf(this.cohort)?.permissions.assess ?? false);

  /** The decision in force per buddy and criterion, for the table under the form. */
  protected readonly currentByPair = computed(() => {
    const byPair = new Map<string, DecisionView>();
    for (const decision of valueOf(this.sheet)?.current ?? []) byPair.set(`${decision.buddyId}/${decision.criterionId}`, decision);
    return byPair;
  });

  protected readonly methodLabel = methodLabel;
  protected readonly buddyName = buddyName;
  protected readonly noteLimit = NOTE_LIMIT;

  constructor() {
    effect(() => {
      const sheet = valueOf(this.sheet);
      if (sheet) {
        this.title.setTitle(`Module ${sheet.moduleNumber}: ${sheet.moduleTitle} – ${SERVICE_NAME}`);
      }
    });
  }

  protected decisionFor(buddyId: string, criterionId: string): string {
    const decision = this.currentByPair().get(`${buddyId}/${criterionId}`);
    return decision ? decisionLabel(decision, this.today) : 'No decision';
  }

  protected isMet(buddyId: string, criterionId: string): boolean {
    return this.currentByPair().get(`${buddyId}/${criterionId}`)?.outcome === 'met';
  }

  protected toggleCriterion(id: string, event: Event): void {
    this.chosenCriteria.update((set) => toggled(set, id, checkedOf(event)));
  }

  protected toggleBuddy(id: string, event: Event): void {
    this.chosenBuddies.update((set) => toggled(set, id, checkedOf(event)));
  }

  /** A whole module observed at once, e.g. a practical session for the room: every criterion in one click. */
  protected toggleAllCriteria(): void {
    this.chosenCriteria.set(this.allCriteriaChosen() ? new Set() : new Set(this.criteria().map((c) => c.id)));
  }

  protected toggleAllBuddies(): void {
    this.chosenBuddies.set(this.allBuddiesChosen() ? new Set() : new Set(this.buddies().map((b) => b.buddyId)));
  }

  protected chooseOutcome(value: string): void {
    this.outcome.set(value === 'met' || value === 'not_yet_met' ? value : null);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const problems: SummaryError[] = [];
    const criterionIds = inListOrder(this.criteria(), (c) => c.id, this.chosenCriteria());
    const buddyIds = inListOrder(this.buddies(), (b) => b.buddyId, this.chosenBuddies());
    const method = this.effectiveMethod();
    const outcome = this.outcome();
    const note = this.evidenceNote().trim();
    const date = readDate(this.assessedOn.getRawValue(), 'the date of the assessment');

    if (criterionIds.length === 0) problems.push({ field: TARGETS.criteria, text: 'Select at least one criterion' });
    if (buddyIds.length === 0) problems.push({ field: TARGETS.buddies, text: 'Select at least one buddy' });
    if (!method) problems.push({ field: TARGETS.method, text: 'Select how the criteria were assessed' });
    if (date.error !== null) problems.push({ field: TARGETS.assessedOn, text: date.error });
    else if (date.iso > this.today) problems.push({ field: TARGETS.assessedOn, text: 'The date of the assessment must be today or in the past' });
    if (!outcome) problems.push({ field: TARGETS.outcome, text: 'Select met or not yet met' });
    if (!note) problems.push({ field: TARGETS.evidenceNote, text: 'Enter a short evidence note' });
    else if (note.length > NOTE_LIMIT) problems.push({ field: TARGETS.evidenceNote, text: `The evidence note must be ${NOTE_LIMIT} characters or fewer` });
    if (problems.length > 0 || !method || !outcome || date.iso === null) {
      this.banner.set(null);
      this.errors.set(problems);
      return;
    }

    this.saving.set(true);
    try {
      const recorded = await this.api.recordDecisions(this.cohortId(), {
        method,
        assessedOn: date.iso,
        evidenceNote: note,
        decisions: buildDecisions(buddyIds, criterionIds, outcome),
      });
      this.errors.set([]);
      this.banner.set(successMessage(recorded.length, outcome, buddyIds.length, criterionIds.length));
      this.chosenCriteria.set(new Set());
      this.chosenBuddies.set(new Set());
      this.evidenceNote.set('');
      this.sheet.reload();
      afterNextRender(
        { write: () => document.querySelector<HTMLElement>('[data-testid=success-banner]')?.scrollIntoView?.() },
        { injector: this.injector },
      );
    } catch (error) {
      this.banner.set(null);
      this.errors.set(summaryErrorsOf(error, fieldIdsFrom(TARGETS)));
    } finally {
      this.saving.set(false);
    }
  }
}

function checkedOf(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

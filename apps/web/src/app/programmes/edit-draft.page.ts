import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ProgrammeVersionDetail } from '@peerpath/contracts';
import { publishProblems } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { ErrorSummary, focusElement } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import {
  blankCriterion,
  blankModule,
  blankOutcome,
  criterionForm,
  draftFieldId,
  draftForm,
  DraftForm,
  ModuleForm,
  moduleForm,
  nextCode,
  OutcomeForm,
  outcomeForm,
  renumberModules,
  saveRequestOf,
} from '@peerpath/web/programmes/draft-form';
import { programmeVersionResource, ProgrammesApi } from '@peerpath/web/programmes/programmes.api';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { Select, SelectItem } from '@peerpath/web/govuk/select';

/** An admin edits a draft programme version: modules, learning outcomes and assessment criteria. */
@Component({
  selector: 'pp-edit-draft-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextInput, Textarea, Select],
  templateUrl: './edit-draft.page.html',
  styleUrl: './edit-draft.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditDraftPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ProgrammesApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly detail = programmeVersionResource(this.id);
  protected readonly kindOptions: readonly SelectItem[] = [
    { value: 'knowledge', text: 'Knowledge' },
    { value: 'competence', text: 'Competence' },
  ];
  protected readonly form = signal<DraftForm>(draftForm(this.fb, []));
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  /** The draft changed under us (409 STALE_VERSION): offer to load it again. */
  protected readonly stale = signal(false);
  protected readonly confirmingPublish = signal(false);
  protected readonly notFound = computed(() => {
    const error = this.detail.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });

  /** The answer to our own save: the form already shows it, so it is not rebuilt (which would redraw every field). */
  private savedByUs: ProgrammeVersionDetail | null = null;

  constructor() {
    // When the draft arrives from the API (first load, or a reload after someone else saved) the form starts from it.
    effect(() => {
      const detail = valueOf(this.detail);
      if (detail && detail !== this.savedByUs) this.form.set(draftForm(this.fb, detail.modules));
    });
  }

  protected modules(): ModuleForm[] {
    return this.form().controls.modules.controls;
  }

  protected addModule(): void {
    const modules = this.form().controls.modules;
    modules.push(moduleForm(this.fb, blankModule(modules.length + 1)));
    this.form().markAsDirty();
    this.focusAfterRender(`m${modules.length - 1}-title`);
  }

  protected removeModule(index: number): void {
    const modules = this.form().controls.modules;
    modules.removeAt(index);
    renumberModules(modules);
    this.form().markAsDirty();
    this.focusAfterRender('add-module');
  }

  protected moveModule(index: number, by: -1 | 1): void {
    const modules = this.form().controls.modules;
    const target = index + by;
    if (target < 0 || target >= modules.length) return;
    const module = modules.at(index);
    modules.removeAt(index, { emitEvent: false });
    modules.insert(target, module);
    renumberModules(modules);
    this.form().markAsDirty();
    this.focusAfterRender(`m${target}-${by < 0 ? 'up' : 'down'}`, `m${target}-title`);
  }

  protected addOutcome(module: ModuleForm, m: number): void {
    const outcomes = module.controls.outcomes;
    const code = nextCode(String(module.controls.number.value), outcomes.controls.map((o) => o.controls.code.value));
    outcomes.push(outcomeForm(this.fb, blankOutcome(code)));
    this.form().markAsDirty();
    this.focusAfterRender(`m${m}-o${outcomes.length - 1}-text`);
  }

  protected removeOutcome(module: ModuleForm, m: number, o: number): void {
    module.controls.outcomes.removeAt(o);
    this.form().markAsDirty();
    this.focusAfterRender(`m${m}-add-outcome`);
  }

  protected addCriterion(outcome: OutcomeForm, m: number, o: number): void {
    const criteria = outcome.controls.criteria;
    const code = nextCode(outcome.controls.code.value.trim(), criteria.controls.map((c) => c.controls.code.value));
    criteria.push(criterionForm(this.fb, blankCriterion(code)));
    this.form().markAsDirty();
    this.focusAfterRender(`m${m}-o${o}-c${criteria.length - 1}-text`);
  }

  protected removeCriterion(outcome: OutcomeForm, m: number, o: number, c: number): void {
    outcome.controls.criteria.removeAt(c);
    this.form().markAsDirty();
    this.focusAfterRender(`m${m}-o${o}-add-criterion`);
  }

  protected async save(): Promise<void> {
    const detail = valueOf(this.detail);
    if (!detail || this.busy()) return;
    this.busy.set(true);
    this.confirmingPublish.set(false);
    try {
      await this.saveNow(detail);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected askToPublish(): void {
    const detail = valueOf(this.detail);
    if (!detail) return;
    this.saved.set(false);
    // The domain's own publishing rules first, so problems link to their fields without a round trip.
    const problems = publishProblems(saveRequestOf(this.form().getRawValue(), detail.version));
    if (problems.length > 0) {
      this.errors.set(problems.map((p) => ({ field: draftFieldId(p.path), text: p.message })));
      return;
    }
    this.errors.set([]);
    this.confirmingPublish.set(true);
    this.focusAfterRender('publish-confirmation');
  }

  protected async publish(): Promise<void> {
    let detail = valueOf(this.detail);
    if (!detail || this.busy()) return;
    this.busy.set(true);
    try {
      // Publishing takes what is stored, so unsaved changes are saved first.
      if (this.form().dirty) detail = await this.saveNow(detail);
      const published = await this.api.publish(detail.id, detail.version);
      await this.router.navigate(['/programmes'], {
        state: { published: `${published.programmeTitle} ${published.label} is published.` },
      });
    } catch (error) {
      this.confirmingPublish.set(false);
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected reloadDraft(): void {
    this.stale.set(false);
    this.errors.set([]);
    this.detail.reload();
  }

  private async saveNow(detail: ProgrammeVersionDetail): Promise<ProgrammeVersionDetail> {
    const updated = await this.api.saveDraft(detail.id, saveRequestOf(this.form().getRawValue(), detail.version));
    this.errors.set([]);
    this.savedByUs = updated;
    this.detail.set(updated);
    this.form().markAsPristine();
    this.saved.set(true);
    this.focusAfterRender('saved-banner');
    return updated;
  }

  private fail(error: unknown): void {
    this.saved.set(false);
    this.stale.set(apiErrorOf(error)?.code === 'STALE_VERSION');
    this.errors.set(summaryErrorsOf(error, draftFieldId));
  }

  /** Keyboard users stay where they were working after the page changes under them. */
  private focusAfterRender(...ids: string[]): void {
    setTimeout(() => {
      const id = ids.find((candidate) => document.getElementById(candidate));
      if (id) focusElement(id);
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { ModuleContent, ProgrammeVersionDetail } from '@peerpath/contracts';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { focusAfterRender } from '@peerpath/web/govuk/focus';
import { messagesByField, SummaryError } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select, SelectItem } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { Textarea } from '@peerpath/web/govuk/textarea';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { HoldsUnsavedChanges, warnBeforeUnload } from '@peerpath/web/platform/unsaved-changes';
import {
  blankCriterion,
  blankModule,
  blankOutcome,
  criterionForm,
  moduleErrorsOf,
  moduleForm,
  ModuleForm,
  moduleRequestOf,
  nextCode,
  OutcomeForm,
  outcomeForm,
} from '@peerpath/web/programmes/draft-form';
import { programmeVersionResource, ProgrammesApi } from '@peerpath/web/programmes/programmes.api';

/** The module this page edits: one already in the draft, or a new one one past the last. */
export type ModuleOnPage = { kind: 'existing'; module: ModuleContent } | { kind: 'new'; module: ModuleContent } | { kind: 'missing' };

export function moduleOnPage(version: ProgrammeVersionDetail, number: number): ModuleOnPage {
  const module = version.modules.find((m) => m.number === number);
  if (module) return { kind: 'existing', module };
  const next = Math.max(0, ...version.modules.map((m) => m.number)) + 1;
  return number === next ? { kind: 'new', module: blankModule(number) } : { kind: 'missing' };
}

/**
 * An admin edits one module of a draft: its title, learning outcomes and assessment criteria,
 * saved on their own. Leaving with unsaved changes asks first, whether by a link or by closing the tab.
 */
@Component({
  selector: 'pp-edit-module-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextInput, Textarea, Select],
  templateUrl: './edit-module.page.html',
  styleUrl: './edit-module.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
})
export class EditModulePage implements HoldsUnsavedChanges {
  /** The :id and :number route parameters, bound by the router. */
  readonly id = input.required<string>();
  readonly number = input.required<string>();

  private readonly api = inject(ProgrammesApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);

  protected readonly detail = programmeVersionResource(this.id);
  protected readonly moduleNumber = computed(() => Number(this.number()));
  protected readonly onPage = computed<ModuleOnPage | null>(() => {
    const detail = valueOf(this.detail);
    return detail ? moduleOnPage(detail, this.moduleNumber()) : null;
  });
  /** "Module 3: Equality and diversity" as last saved, or "Add module 15". */
  protected readonly heading = computed(() => {
    const onPage = this.onPage();
    return onPage?.kind === 'existing' ? `Module ${this.moduleNumber()}: ${onPage.module.title}` : `Add module ${this.moduleNumber()}`;
  });
  /** The modules either side, for the previous and next links. */
  protected readonly neighbours = computed(() => {
    const modules = valueOf(this.detail)?.modules ?? [];
    const n = this.moduleNumber();
    return { previous: modules.filter((m) => m.number < n).at(-1) ?? null, next: modules.find((m) => m.number > n) ?? null };
  });
  protected readonly kindOptions: readonly SelectItem[] = [
    { value: 'knowledge', text: 'Knowledge' },
    { value: 'competence', text: 'Competence' },
  ];
  protected readonly form = signal<ModuleForm>(moduleForm(this.fb, blankModule(1)));
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly busy = signal(false);
  /** The draft changed under us (409 STALE_VERSION): offer to load it again. */
  protected readonly stale = signal(false);
  protected readonly notFound = computed(() => {
    const error = this.detail.error();
    return (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400)) || this.onPage()?.kind === 'missing' || !(this.moduleNumber() >= 1);
  });

  constructor() {
    // The form starts from the module as stored, whenever the draft arrives or another module is chosen.
    effect(() => {
      const onPage = this.onPage();
      if (!onPage || onPage.kind === 'missing') return;
      untracked(() => {
        this.form.set(moduleForm(this.fb, onPage.module));
        this.errors.set([]);
        this.stale.set(false);
      });
    });
    const title = inject(Title);
    effect(() => {
      const detail = valueOf(this.detail);
      const onPage = this.onPage();
      if (!detail || !onPage || onPage.kind === 'missing') return;
      title.setTitle(`${this.heading()} – Edit draft ${detail.label} – ${SERVICE_NAME}`);
    });
  }

  unsavedChanges(): string | null {
    return this.form().dirty ? `You have not saved your changes to module ${this.moduleNumber()}. Leave this page and lose them?` : null;
  }

  protected beforeUnload(event: BeforeUnloadEvent): void {
    warnBeforeUnload(event, this);
  }

  protected outcomes(): OutcomeForm[] {
    return this.form().controls.outcomes.controls;
  }

  protected addOutcome(): void {
    const outcomes = this.form().controls.outcomes;
    const code = nextCode(String(this.moduleNumber()), outcomes.controls.map((o) => o.controls.code.value.trim()));
    outcomes.push(outcomeForm(this.fb, blankOutcome(code)));
    this.form().markAsDirty();
    focusAfterRender(this.injector, `o${outcomes.length - 1}-text`);
  }

  protected removeOutcome(o: number): void {
    this.form().controls.outcomes.removeAt(o);
    this.form().markAsDirty();
    focusAfterRender(this.injector, 'add-outcome');
  }

  protected addCriterion(outcome: OutcomeForm, o: number): void {
    const criteria = outcome.controls.criteria;
    const code = nextCode(outcome.controls.code.value.trim(), criteria.controls.map((c) => c.controls.code.value.trim()));
    criteria.push(criterionForm(this.fb, blankCriterion(code)));
    this.form().markAsDirty();
    focusAfterRender(this.injector, `o${o}-c${criteria.length - 1}-text`);
  }

  protected removeCriterion(outcome: OutcomeForm, o: number, c: number): void {
    outcome.controls.criteria.removeAt(c);
    this.form().markAsDirty();
    focusAfterRender(this.injector, `o${o}-add-criterion`);
  }

  protected async save(): Promise<void> {
    const detail = valueOf(this.detail);
    if (!detail || this.busy()) return;
    const number = this.moduleNumber();
    const value = this.form().getRawValue();
    this.busy.set(true);
    try {
      await this.api.saveModule(detail.id, number, moduleRequestOf(value, detail.version));
      // Saved: nothing is lost by leaving now, so the guard lets the page go without asking.
      this.form().markAsPristine();
      this.flash.set(`Module ${number}, ${value.title.trim()}, saved`);
      await this.router.navigate(['/programmes/versions', detail.id, 'edit']);
    } catch (error) {
      this.stale.set(apiErrorOf(error)?.code === 'STALE_VERSION');
      this.errors.set(moduleErrorsOf(error, number, value));
    } finally {
      this.busy.set(false);
    }
  }

  /** After someone else saved: load their draft, which replaces the changes on this page. */
  protected reloadDraft(): void {
    this.form().markAsPristine();
    this.detail.reload();
  }
}

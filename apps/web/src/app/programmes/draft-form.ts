import { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import type { CriterionContent, CriterionKind, ModuleContent, OutcomeContent, SaveDraftRequest } from '@peerpath/contracts';

/*
 * The draft editor's form: modules → outcomes → criteria, as nested reactive form arrays.
 * Element ids follow the positions ("m2-o0-c1-text" is module 3, outcome 1, criterion 2), so the
 * API's field errors ("modules.2.outcomes.0.criteria.1.text") can link straight to the field.
 */

export type CriterionForm = FormGroup<{
  code: FormControl<string>;
  kind: FormControl<CriterionKind>;
  text: FormControl<string>;
  simulationAllowed: FormControl<boolean>;
  refresher: FormControl<boolean>;
}>;
export type OutcomeForm = FormGroup<{ code: FormControl<string>; text: FormControl<string>; criteria: FormArray<CriterionForm> }>;
export type ModuleForm = FormGroup<{
  /** The number the module's codes were written for; renumbering rewrites codes that start with it. */
  number: FormControl<number>;
  title: FormControl<string>;
  summary: FormControl<string>;
  outcomes: FormArray<OutcomeForm>;
}>;
export type DraftForm = FormGroup<{ modules: FormArray<ModuleForm> }>;
export type DraftFormValue = ReturnType<DraftForm['getRawValue']>;

export function criterionForm(fb: NonNullableFormBuilder, criterion: CriterionContent): CriterionForm {
  return fb.group({
    code: fb.control(criterion.code),
    kind: fb.control<CriterionKind>(criterion.kind),
    text: fb.control(criterion.text),
    simulationAllowed: fb.control(criterion.simulationAllowed),
    refresher: fb.control(criterion.refresher ?? false),
  });
}

export function outcomeForm(fb: NonNullableFormBuilder, outcome: OutcomeContent): OutcomeForm {
  return fb.group({
    code: fb.control(outcome.code),
    text: fb.control(outcome.text),
    criteria: fb.array(outcome.criteria.map((c) => criterionForm(fb, c))),
  });
}

export function moduleForm(fb: NonNullableFormBuilder, module: ModuleContent): ModuleForm {
  return fb.group({
    number: fb.control(module.number),
    title: fb.control(module.title),
    summary: fb.control(module.summary),
    outcomes: fb.array(module.outcomes.map((o) => outcomeForm(fb, o))),
  });
}

export function draftForm(fb: NonNullableFormBuilder, modules: readonly ModuleContent[]): DraftForm {
  return fb.group({ modules: fb.array(modules.map((m) => moduleForm(fb, m))) });
}

/** The PUT body: modules numbered by their place on the page, text trimmed. */
export function saveRequestOf(value: DraftFormValue, expectedVersion: number): SaveDraftRequest {
  return {
    expectedVersion,
    modules: value.modules.map((module, m) => ({
      number: m + 1,
      title: module.title.trim(),
      summary: module.summary.trim(),
      outcomes: module.outcomes.map((outcome) => ({
        code: outcome.code.trim(),
        text: outcome.text.trim(),
        criteria: outcome.criteria.map((criterion) => ({
          code: criterion.code.trim(),
          kind: criterion.kind,
          text: criterion.text.trim(),
          // Only competence can be shown in a simulation (publishing refuses anything else).
          simulationAllowed: criterion.kind === 'competence' && criterion.simulationAllowed,
          // Sent only when marked: left out, the API stores false.
          ...(criterion.refresher ? { refresher: true } : {}),
        })),
      })),
    })),
  };
}

/**
 * The element an API field path points at: a field ("modules.2.title" → "m2-title"), or the
 * fieldset of the module, outcome or criterion it is about ("modules.2.outcomes" → "m2").
 * Paths about the whole version ("modules", "version") point nowhere.
 */
export function draftFieldId(path: string): string | null {
  const match = /^modules\.(\d+)(?:\.outcomes\.(\d+)(?:\.criteria\.(\d+))?)?(?:\.(\w+))?$/.exec(path);
  if (!match) return null;
  const [, m, o, c, field] = match;
  const base = [`m${m}`, o !== undefined ? `o${o}` : null, c !== undefined ? `c${c}` : null].filter(Boolean).join('-');
  const fields = c !== undefined ? ['code', 'kind', 'text', 'simulationAllowed'] : o !== undefined ? ['code', 'text'] : ['title', 'summary'];
  return field && fields.includes(field) ? `${base}-${field}` : base;
}

/** The next free code under a prefix: "2.1" with 2.1.1 and 2.1.3 taken gives "2.1.4". */
export function nextCode(prefix: string, taken: readonly string[]): string {
  const used = taken
    .filter((code) => code.startsWith(`${prefix}.`) && !code.slice(prefix.length + 1).includes('.'))
    .map((code) => Number(code.slice(prefix.length + 1)))
    .filter((n) => Number.isInteger(n));
  return `${prefix}.${Math.max(0, ...used) + 1}`;
}

/** Rewrites a code written for module `from` to module `to` ("3.2.1" → "4.2.1"); others stay. */
export function renumberCode(code: string, from: number, to: number): string {
  return code.startsWith(`${from}.`) ? `${to}.${code.slice(String(from).length + 1)}` : code;
}

/** After modules move, are added or removed: number them 1, 2, 3… again and carry their codes along. */
export function renumberModules(modules: FormArray<ModuleForm>): void {
  modules.controls.forEach((module, index) => {
    const from = module.controls.number.value;
    const to = index + 1;
    if (from === to) return;
    for (const outcome of module.controls.outcomes.controls) {
      outcome.controls.code.setValue(renumberCode(outcome.controls.code.value, from, to));
      for (const criterion of outcome.controls.criteria.controls) {
        criterion.controls.code.setValue(renumberCode(criterion.controls.code.value, from, to));
      }
    }
    module.controls.number.setValue(to);
  });
}

export function blankCriterion(code: string): CriterionContent {
  return { code, kind: 'knowledge', text: '', simulationAllowed: false, refresher: false };
}

export function blankOutcome(code: string): OutcomeContent {
  return { code, text: '', criteria: [blankCriterion(`${code}.1`)] };
}

export function blankModule(number: number): ModuleContent {
  return { number, title: '', summary: '', outcomes: [blankOutcome(`${number}.1`)] };
}

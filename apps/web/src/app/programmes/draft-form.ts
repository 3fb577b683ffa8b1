import { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import type { CriterionContent, CriterionKind, ModuleContent, ModuleView, OutcomeContent, SaveModuleRequest } from '@peerpath/contracts';
import { publishProblems } from '@peerpath/domain';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { plural } from '@peerpath/web/govuk/plural';

/*
 * The module editor's form: one module's title and summary, its outcomes and their criteria, as
 * nested reactive form arrays. Element ids follow the positions ("o1-c0-text" is outcome 2,
 * criterion 1), so the API's field errors ("outcomes.1.criteria.0.text") link straight to the field.
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
  title: FormControl<string>;
  summary: FormControl<string>;
  outcomes: FormArray<OutcomeForm>;
}>;
export type ModuleFormValue = ReturnType<ModuleForm['getRawValue']>;

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
    title: fb.control(module.title),
    summary: fb.control(module.summary),
    outcomes: fb.array(module.outcomes.map((o) => outcomeForm(fb, o))),
  });
}

/** The PUT body for one module: text trimmed. */
export function moduleRequestOf(value: ModuleFormValue, expectedVersion: number): SaveModuleRequest {
  return {
    expectedVersion,
    title: value.title.trim(),
    summary: value.summary.trim(),
    outcomes: value.outcomes.map((outcome) => ({
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
  };
}

const MODULE_PATH = /^outcomes\.(\d+)(?:\.criteria\.(\d+))?(?:\.(\w+))?$/;

/**
 * The element a field path of the module's save points at: a field ("outcomes.1.criteria.0.text"
 * → "o1-c0-text"), or the fieldset of the outcome or criterion it is about ("outcomes.1" → "o1").
 * Paths about nothing on the page ("expectedVersion") point nowhere.
 */
export function moduleFieldId(path: string): string | null {
  if (path === 'title' || path === 'summary') return `module-${path}`;
  const match = MODULE_PATH.exec(path);
  if (!match) return null;
  const [, o, c, field] = match;
  const base = c === undefined ? `o${o}` : `o${o}-c${c}`;
  const fields = c === undefined ? ['code', 'text'] : ['code', 'kind', 'text', 'simulationAllowed', 'refresher'];
  return field && fields.includes(field) ? `${base}-${field}` : base;
}

/**
 * Where a problem is, in words an admin recognises: "Module 3, criterion 3.2.1", "Module 3,
 * outcome 3.2", or "Module 3". A blank code falls back to the position ("criterion 2 of outcome 3.2").
 */
export function placeOf(path: string, moduleNumber: number, value: ModuleFormValue): string {
  const match = MODULE_PATH.exec(path);
  if (!match) return `Module ${moduleNumber}`;
  const o = Number(match[1]);
  const outcome = value.outcomes[o];
  const outcomeName = outcome?.code.trim() || `${o + 1}`;
  if (match[2] === undefined) return `Module ${moduleNumber}, outcome ${outcomeName}`;
  const c = Number(match[2]);
  const code = outcome?.criteria[c]?.code.trim();
  return `Module ${moduleNumber}, criterion ${code || `${c + 1} of outcome ${outcomeName}`}`;
}

/**
 * A failed save as error summary lines: each field error named by its module and criterion and
 * linked to its field; anything else (a stale draft, a published version) in the API's own words.
 */
export function moduleErrorsOf(error: unknown, moduleNumber: number, value: ModuleFormValue): SummaryError[] {
  const fieldErrors = Object.entries(apiErrorOf(error)?.fieldErrors ?? {});
  if (fieldErrors.length === 0) return summaryErrorsOf(error);
  return fieldErrors.flatMap(([path, messages]) =>
    messages.map((text) => ({ field: moduleFieldId(path), text: `${placeOf(path, moduleNumber, value)}: ${text}` })),
  );
}

/**
 * On the contents page, the module a publishing problem is about links to that module's row
 * ("modules.2.outcomes.0" → "module-link-2"); problems about the whole version point nowhere.
 */
export function contentsFieldId(path: string): string | null {
  const match = /^modules\.(\d+)(?:\.|$)/.exec(path);
  return match ? `module-link-${match[1]}` : null;
}

/** What the contents page says about a module, next to its link (GOV.UK task list status). */
export type ModuleStatus = 'incomplete' | 'new' | 'changed' | 'unchanged';

/** A module's content as compared: ids, and a refresher flag left out, do not count as changes. */
function comparable(module: ModuleContent): string {
  return JSON.stringify({
    title: module.title,
    summary: module.summary,
    outcomes: module.outcomes.map((o) => ({
      code: o.code,
      text: o.text,
      criteria: o.criteria.map((c) => ({ code: c.code, kind: c.kind, text: c.text, simulationAllowed: c.simulationAllowed, refresher: c.refresher ?? false })),
    })),
  });
}

/**
 * Each module's status: incomplete while publishing would refuse it; otherwise new, changed or
 * unchanged against the published version the draft was started from (null while that is loading,
 * or when there is none).
 */
export function moduleStatuses(draft: readonly ModuleContent[], published: readonly ModuleContent[] | null): (ModuleStatus | null)[] {
  const problems = publishProblems({ modules: [...draft] });
  return draft.map((module, index) => {
    if (problems.some((p) => p.path === `modules.${index}` || p.path.startsWith(`modules.${index}.`))) return 'incomplete';
    if (!published) return null;
    const before = published.find((m) => m.number === module.number);
    if (!before) return 'new';
    return comparable(before) === comparable(module) ? 'unchanged' : 'changed';
  });
}

/** "3 outcomes, 9 criteria". */
export function moduleCounts(module: ModuleContent): string {
  const criteria = module.outcomes.reduce((n, o) => n + o.criteria.length, 0);
  return `${plural(module.outcomes.length, 'outcome')}, ${plural(criteria, 'criterion', 'criteria')}`;
}

/** The next free code under a prefix: "2.1" with 2.1.1 and 2.1.3 taken gives "2.1.4". */
export function nextCode(prefix: string, taken: readonly string[]): string {
  const used = taken
    .filter((code) => code.startsWith(`${prefix}.`) && !code.slice(prefix.length + 1).includes('.'))
    .map((code) => Number(code.slice(prefix.length + 1)))
    .filter((n) => Number.isInteger(n));
  return `${prefix}.${Math.max(0, ...used) + 1}`;
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

/** A change to the draft's list of modules, made from its contents page. */
export type ModuleRearrangement = { remove: number } | { move: number; by: -1 | 1 };

/** "2.1.3" written for module 2 becomes "3.1.3" when the module becomes number 3. */
export function renumberCode(code: string, from: number, to: number): string {
  return code.startsWith(`${from}.`) ? `${to}.${code.slice(String(from).length + 1)}` : code;
}

/**
 * The draft's modules after one is removed or moved, numbered 1, 2, 3… again with their outcome
 * and criterion codes carried along, as content the whole-draft save takes (no ids).
 */
export function rearrangeModules(modules: readonly ModuleView[], change: ModuleRearrangement): ModuleContent[] {
  const order = [...modules].sort((a, b) => a.number - b.number);
  if ('remove' in change) {
    const index = order.findIndex((m) => m.number === change.remove);
    if (index >= 0) order.splice(index, 1);
  } else {
    const from = order.findIndex((m) => m.number === change.move);
    const to = from + change.by;
    if (from >= 0 && to >= 0 && to < order.length) [order[from], order[to]] = [order[to], order[from]];
  }
  return order.map((module, index) => {
    const to = index + 1;
    return {
      number: to,
      title: module.title,
      summary: module.summary,
      outcomes: module.outcomes.map((outcome) => ({
        code: renumberCode(outcome.code, module.number, to),
        text: outcome.text,
        criteria: outcome.criteria.map(({ code, kind, text, simulationAllowed, refresher }) => ({
          code: renumberCode(code, module.number, to),
          kind,
          text,
          simulationAllowed,
          refresher: refresher ?? false,
        })),
      })),
    };
  });
}

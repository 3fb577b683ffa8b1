import type { ModuleContent, ProgrammeContent } from '@peerpath/contracts';

export interface ContentProblem {
  /** Where, e.g. "modules.2.outcomes.0.criteria.1"; empty for the whole version. */
  path: string;
  message: string;
}

/**
 * What stops a programme version being published: it must say, for every module,
 * what a buddy is assessed on (BRIEF: a module is complete when every criterion is met,
 * so a module without criteria could never be completed, or would be complete at once).
 */
export function publishProblems(content: ProgrammeContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (content.modules.length === 0) problems.push({ path: 'modules', message: 'Add at least one module' });
  const numbers = content.modules.map((m) => m.number);
  const expected = content.modules.map((_, i) => i + 1);
  if (numbers.join(',') !== expected.join(',')) {
    problems.push({ path: 'modules', message: 'Number the modules 1, 2, 3… in order' });
  }
  content.modules.forEach((module, m) => {
    const where = `modules.${m}`;
    if (!module.title.trim()) problems.push({ path: `${where}.title`, message: `Module ${module.number} needs a title` });
    const criteria = module.outcomes.flatMap((o) => o.criteria);
    if (module.outcomes.length === 0) problems.push({ path: `${where}.outcomes`, message: `Module ${module.number} needs at least one learning outcome` });
    if (criteria.length === 0) problems.push({ path: where, message: `Module ${module.number} needs at least one assessment criterion` });
    module.outcomes.forEach((outcome, o) => {
      if (outcome.criteria.length === 0) {
        problems.push({ path: `${where}.outcomes.${o}`, message: `Outcome ${outcome.code} needs at least one assessment criterion` });
      }
      outcome.criteria.forEach((criterion, c) => {
        if (criterion.simulationAllowed && criterion.kind !== 'competence') {
          problems.push({ path: `${where}.outcomes.${o}.criteria.${c}`, message: `Criterion ${criterion.code}: only competence criteria can allow simulation` });
        }
      });
    });
  });
  const codes = content.modules.flatMap((m) => m.outcomes.flatMap((o) => [o.code, ...o.criteria.map((c) => c.code)]));
  const repeated = [...new Set(codes.filter((code, i) => codes.indexOf(code) !== i))];
  if (repeated.length) problems.push({ path: 'modules', message: `Codes must be unique: ${repeated.join(', ')} repeated` });
  return problems;
}

/**
 * What stops one module of a draft being saved from its own page. Paths are relative to the
 * module ("outcomes.1.criteria.0.code"), so a page can name the module and criterion.
 * Codes must differ within the module: a decision is recorded against a criterion by its code,
 * and two criteria with one code could not be told apart on an assessment sheet.
 * Rules that need the whole version (numbering, codes across modules, criteria in every outcome)
 * wait for publishing, so that a module can be saved while the admin is still working on it.
 */
export function moduleSaveProblems(module: Pick<ModuleContent, 'title' | 'outcomes'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!module.title.trim()) problems.push({ path: 'title', message: 'Enter a title for the module' });
  const seen = new Set<string>();
  const check = (code: string, path: string) => {
    const key = code.trim();
    if (!key) return;
    if (seen.has(key)) problems.push({ path, message: `Code ${key} is already used earlier in this module` });
    seen.add(key);
  };
  module.outcomes.forEach((outcome, o) => {
    check(outcome.code, `outcomes.${o}.code`);
    outcome.criteria.forEach((criterion, c) => check(criterion.code, `outcomes.${o}.criteria.${c}.code`));
  });
  return problems;
}

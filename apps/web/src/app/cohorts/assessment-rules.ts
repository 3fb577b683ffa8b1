import type { AssessmentMethod, AssessmentOutcome, ModuleAssessmentSheet, RecordDecisionsRequest } from '@peerpath/contracts';
import { ASSESSMENT_METHODS, methodProblem, methodsFor } from '@peerpath/domain';

export type SheetCriterion = ModuleAssessmentSheet['criteria'][number];

/**
 * The methods that can evidence every chosen criterion at once, in the usual order. One occasion
 * has one method, so a single competence criterion narrows the choice for the whole group.
 * With nothing chosen yet, every method is offered.
 */
export function methodsForAll(criteria: readonly Pick<SheetCriterion, 'kind' | 'simulationAllowed'>[]): AssessmentMethod[] {
  return ASSESSMENT_METHODS.filter((method) => criteria.every((criterion) => methodsFor(criterion).includes(method)));
}

/**
 * Why the choice of method is narrowed, one line per criterion that narrows it
 * (e.g. "3.1b is a competence: record it by observation in practice").
 */
export function methodRestrictions(criteria: readonly Pick<SheetCriterion, 'code' | 'kind' | 'simulationAllowed'>[]): string[] {
  return criteria.flatMap((criterion) => {
    // Workbook is never evidence of competence, so its problem explains any narrowing.
    const problem = methodProblem(criterion, 'workbook');
    return problem ? [problem] : [];
  });
}

/**
 * One decision for every chosen buddy and every chosen criterion (an observation on the wing can
 * cover several of each), buddies in the order given, then criteria in the order given.
 */
export function buildDecisions(
  buddyIds: readonly string[],
  criterionIds: readonly string[],
  outcome: AssessmentOutcome,
): RecordDecisionsRequest['decisions'] {
  return buddyIds.flatMap((buddyId) => criterionIds.map((criterionId) => ({ buddyId, criterionId, outcome })));
}

/** Ids of the chosen items in the order the page lists them, whatever order they were ticked in. */
export function inListOrder<T>(items: readonly T[], idOf: (item: T) => string, chosen: ReadonlySet<string>): string[] {
  return items.map(idOf).filter((id) => chosen.has(id));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The banner after recording: "4 decisions recorded as met: 2 buddies, 2 criteria". */
export function successMessage(recorded: number, outcome: AssessmentOutcome, buddies: number, criteria: number): string {
  const what = outcome === 'met' ? 'met' : 'not yet met';
  return `${plural(recorded, 'decision', 'decisions')} recorded as ${what}: ${plural(buddies, 'buddy', 'buddies')}, ${plural(criteria, 'criterion', 'criteria')}`;
}

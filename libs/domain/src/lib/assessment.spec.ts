import { methodProblem, methodsFor } from './assessment';

describe('which methods can evidence a criterion', () => {
  it.each([
    [{ kind: 'knowledge', simulationAllowed: false }, ['workbook', 'questioning', 'discussion', 'observation', 'simulation', 'work_product']],
    [{ kind: 'competence', simulationAllowed: false }, ['observation']],
    [{ kind: 'competence', simulationAllowed: true }, ['observation', 'simulation']],
  ] as const)('%j → %j', (criterion, methods) => {
    expect(methodsFor(criterion)).toEqual(methods);
  });

  it('names the criterion and the methods that would do', () => {
    expect(methodProblem({ code: '4.2.1', kind: 'competence', simulationAllowed: false }, 'workbook')).toBe('4.2.1 is a competence: record it by observation in practice');
    expect(methodProblem({ code: '1.2.2', kind: 'competence', simulationAllowed: true }, 'discussion')).toBe('1.2.2 is a competence: record it by observation or simulation');
    expect(methodProblem({ code: '1.2.2', kind: 'competence', simulationAllowed: true }, 'simulation')).toBeNull();
    expect(methodProblem({ code: '1.1.1', kind: 'knowledge', simulationAllowed: false }, 'work_product')).toBeNull();
  });
});

import { buildDecisions, inListOrder, methodRestrictions, methodsForAll, successMessage } from '@peerpath/web/cohorts/assessment-rules';

const knowledge = { code: '1.1a', kind: 'knowledge' as const, simulationAllowed: false };
const observed = { code: '1.2a', kind: 'competence' as const, simulationAllowed: false };
const simulable = { code: '1.2b', kind: 'competence' as const, simulationAllowed: true };

describe('methodsForAll', () => {
  it('offers every method while no criterion is chosen', () => {
    expect(methodsForAll([])).toEqual(['workbook', 'questioning', 'discussion', 'observation', 'simulation', 'work_product']);
  });

  it('offers every method for knowledge criteria', () => {
    expect(methodsForAll([knowledge, { ...knowledge, code: '1.1b' }])).toHaveLength(6);
  });

  it('narrows to observation when any chosen criterion is a competence to be observed', () => {
    expect(methodsForAll([knowledge, observed])).toEqual(['observation']);
    expect(methodsForAll([observed, simulable])).toEqual(['observation']);
  });

  it('allows simulation only when every competence criterion allows it', () => {
    expect(methodsForAll([knowledge, simulable])).toEqual(['observation', 'simulation']);
  });
});

describe('methodRestrictions', () => {
  it('explains each competence criterion that narrows the choice, and nothing for knowledge', () => {
    expect(methodRestrictions([knowledge])).toEqual([]);
    expect(methodRestrictions([knowledge, observed, simulable])).toEqual([
      '1.2a is a competence: record it by observation in practice',
      '1.2b is a competence: record it by observation or simulation',
    ]);
  });
});

describe('buildDecisions', () => {
  it('records every chosen criterion for every chosen buddy, buddy by buddy', () => {
    expect(buildDecisions(['b1', 'b2'], ['k1', 'c1', 'c2'], 'met')).toEqual([
      { buddyId: 'b1', criterionId: 'k1', outcome: 'met' },
      { buddyId: 'b1', criterionId: 'c1', outcome: 'met' },
      { buddyId: 'b1', criterionId: 'c2', outcome: 'met' },
      { buddyId: 'b2', criterionId: 'k1', outcome: 'met' },
      { buddyId: 'b2', criterionId: 'c1', outcome: 'met' },
      { buddyId: 'b2', criterionId: 'c2', outcome: 'met' },
    ]);
  });

  it('gives the outcome chosen to every decision', () => {
    expect(buildDecisions(['b1'], ['c1'], 'not_yet_met')).toEqual([{ buddyId: 'b1', criterionId: 'c1', outcome: 'not_yet_met' }]);
  });

  it('builds nothing when either list is empty', () => {
    expect(buildDecisions([], ['c1'], 'met')).toEqual([]);
    expect(buildDecisions(['b1'], [], 'met')).toEqual([]);
  });
});

describe('inListOrder', () => {
  it('returns the chosen ids in the order the page lists them, not the order ticked', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(inListOrder(items, (item) => item.id, new Set(['c', 'a']))).toEqual(['a', 'c']);
  });
});

describe('successMessage', () => {
  it('counts decisions, buddies and criteria in plain words', () => {
    expect(successMessage(4, 'met', 2, 2)).toBe('4 decisions recorded as met: 2 buddies, 2 criteria');
    expect(successMessage(1, 'not_yet_met', 1, 1)).toBe('1 decision recorded as not yet met: 1 buddy, 1 criterion');
  });
});

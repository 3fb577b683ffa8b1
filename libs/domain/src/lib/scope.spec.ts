import { assignmentCoversPrison, canActAtPrison, prisonsInScope, roleScopeProblem, type ScopedRole } from './scope';

const EXI = { code: 'EXI', clusterCode: 'devon' };
const DAI = { code: 'DAI', clusterCode: 'devon' };
const HLI = { code: 'HLI', clusterCode: 'yorkshire' };

describe('scope', () => {
  it.each<[ScopedRole, typeof EXI, boolean]>([
    [{ role: 'admin', scope: 'national' }, HLI, true],
    [{ role: 'auditor', scope: 'cluster', clusterCode: 'devon' }, DAI, true],
    [{ role: 'auditor', scope: 'cluster', clusterCode: 'devon' }, HLI, false],
    [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI' }, EXI, true],
    [{ role: 'coordinator', scope: 'prison', prisonCode: 'EXI' }, DAI, false],
    [{ role: 'buddy', scope: 'self' }, EXI, false],
  ])('%o covers %o: %s', (assignment, prison, expected) => {
    expect(assignmentCoversPrison(assignment, prison)).toBe(expected);
  });

  it('needs the right role as well as the right place', () => {
    const trainerAtExeter: ScopedRole[] = [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }];
    expect(canActAtPrison(trainerAtExeter, ['trainer'], EXI)).toBe(true);
    expect(canActAtPrison(trainerAtExeter, ['coordinator'], EXI)).toBe(false);
  });

  it('lists the prisons a person reaches across several assignments', () => {
    const coordinator: ScopedRole[] = [
      { role: 'coordinator', scope: 'prison', prisonCode: 'EXI' },
      { role: 'coordinator', scope: 'prison', prisonCode: 'DAI' },
    ];
    expect(prisonsInScope(coordinator, ['coordinator'], [EXI, DAI, HLI]).map((p) => p.code)).toEqual(['EXI', 'DAI']);
  });

  it('says which scopes a role may be given', () => {
    expect(roleScopeProblem('admin', 'national')).toBeNull();
    expect(roleScopeProblem('admin', 'prison')).toMatch(/national/);
    expect(roleScopeProblem('buddy', 'national')).toMatch(/self/);
  });
});

import { requestOf, rolesOfChoice, type RoleChoiceValue } from './role-choice';

const blank: RoleChoiceValue = { role: '', prisonCodes: [], scope: '', clusterCode: '', prisonCode: '' };

describe('rolesOfChoice', () => {
  it.each<[string, Partial<RoleChoiceValue>, unknown[], string[]]>([
    ['nothing chosen', {}, [], ['role']],
    ['an admin, always national', { role: 'admin', prisonCodes: ['EXI'] }, [{ role: 'admin', scope: 'national' }], []],
    ['a trainer at the prisons they deliver at', { role: 'trainer', prisonCodes: ['EXI', 'DAI'] }, [
      { role: 'trainer', scope: 'prison', prisonCode: 'EXI' },
      { role: 'trainer', scope: 'prison', prisonCode: 'DAI' },
    ], []],
    ['a trainer with no prison', { role: 'trainer' }, [], ['prisonCodes']],
    ['a coordinator with no prison', { role: 'coordinator' }, [], ['prisonCodes']],
    ['an auditor without a scope', { role: 'auditor' }, [], ['scope']],
    ['a national auditor', { role: 'auditor', scope: 'national' }, [{ role: 'auditor', scope: 'national' }], []],
    ['a cluster auditor', { role: 'auditor', scope: 'cluster', clusterCode: 'devon' }, [{ role: 'auditor', scope: 'cluster', clusterCode: 'devon' }], []],
    ['a cluster auditor with no cluster', { role: 'auditor', scope: 'cluster' }, [], ['clusterCode']],
    ['a prison auditor', { role: 'auditor', scope: 'prison', prisonCode: 'HLI' }, [{ role: 'auditor', scope: 'prison', prisonCode: 'HLI' }], []],
    ['a prison auditor with no prison', { role: 'auditor', scope: 'prison' }, [], ['prisonCode']],
  ])('%s', (_name, choice, roles, fields) => {
    const result = rolesOfChoice({ ...blank, ...choice });
    expect(result.roles).toEqual(roles);
    expect(result.errors.map((e) => e.field)).toEqual(fields);
  });

  it('turns a held role back into a request', () => {
    expect(requestOf({ role: 'auditor', scope: 'cluster', clusterCode: 'devon', scopeLabel: 'Devon cluster' })).toEqual({ role: 'auditor', scope: 'cluster', clusterCode: 'devon' });
  });
});

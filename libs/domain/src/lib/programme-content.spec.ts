import type { ProgrammeContent } from '@peerpath/contracts';
import { moduleSaveProblems, publishProblems } from './programme-content';

const criterion = (code: string, kind: 'knowledge' | 'competence' = 'knowledge', simulationAllowed = false) => ({ code, kind, text: 'Can do it', simulationAllowed });
const valid: ProgrammeContent = {
  modules: [
    { number: 1, title: 'Duty of care', summary: '', outcomes: [{ code: '1.1', text: 'Know', criteria: [criterion('1.1.1'), criterion('1.1.2', 'competence', true)] }] },
    { number: 2, title: 'Privacy', summary: '', outcomes: [{ code: '2.1', text: 'Know', criteria: [criterion('2.1.1')] }] },
  ],
};

describe('publishProblems', () => {
  it('accepts complete content', () => expect(publishProblems(valid)).toEqual([]));

  it('needs at least one module', () => expect(publishProblems({ modules: [] }).map((p) => p.path)).toEqual(['modules']));

  it('lists every problem at once', () => {
    const broken: ProgrammeContent = {
      modules: [
        { number: 1, title: ' ', summary: '', outcomes: [] },
        { number: 3, title: 'Gap', summary: '', outcomes: [{ code: '3.1', text: 'x', criteria: [criterion('3.1.1', 'knowledge', true), criterion('3.1.1')] }] },
      ],
    };
    expect(publishProblems(broken).map((p) => p.message)).toEqual([
      'Number the modules 1, 2, 3… in order',
      'Module 1 needs a title',
      'Module 1 needs at least one learning outcome',
      'Module 1 needs at least one assessment criterion',
      'Criterion 3.1.1: only competence criteria can allow simulation',
      'Codes must be unique: 3.1.1 repeated',
    ]);
  });

  it('refuses an outcome without criteria', () => {
    const content: ProgrammeContent = { modules: [{ ...valid.modules[0], outcomes: [...valid.modules[0].outcomes, { code: '1.2', text: 'y', criteria: [] }] }] };
    expect(publishProblems(content)).toEqual([{ path: 'modules.0.outcomes.1', message: 'Outcome 1.2 needs at least one assessment criterion' }]);
  });
});

describe('moduleSaveProblems', () => {
  const module = valid.modules[0];

  it('accepts a module with a title and distinct codes', () => expect(moduleSaveProblems(module)).toEqual([]));

  it('accepts a module still being written: no outcomes, or an outcome without criteria', () => {
    expect(moduleSaveProblems({ title: 'Duty of care', outcomes: [] })).toEqual([]);
    expect(moduleSaveProblems({ title: 'Duty of care', outcomes: [{ code: '1.1', text: 'Know', criteria: [] }] })).toEqual([]);
  });

  it('needs a title', () => expect(moduleSaveProblems({ ...module, title: '  ' })).toEqual([{ path: 'title', message: 'Enter a title for the module' }]));

  it.each([
    ['two criteria in one outcome', [{ code: '1.1', text: 'x', criteria: [criterion('1.1.1'), criterion('1.1.1')] }], 'outcomes.0.criteria.1.code', '1.1.1'],
    ['criteria in different outcomes', [{ code: '1.1', text: 'x', criteria: [criterion('1.1.1')] }, { code: '1.2', text: 'y', criteria: [criterion(' 1.1.1 ')] }], 'outcomes.1.criteria.0.code', '1.1.1'],
    ['two outcomes', [{ code: '1.1', text: 'x', criteria: [] }, { code: '1.1', text: 'y', criteria: [] }], 'outcomes.1.code', '1.1'],
    ['an outcome and a criterion', [{ code: '1.1', text: 'x', criteria: [criterion('1.1')] }], 'outcomes.0.criteria.0.code', '1.1'],
  ])('refuses a code repeated in %s, at the later one', (_, outcomes, path, code) => {
    expect(moduleSaveProblems({ title: 'T', outcomes })).toEqual([{ path, message: `Code ${code} is already used earlier in this module` }]);
  });

  it('lists every problem at once, and leaves blank codes to the field check', () => {
    const outcomes = [{ code: '1.1', text: 'x', criteria: [criterion(''), criterion(''), criterion('1.1.1'), criterion('1.1.1')] }, { code: '1.1', text: 'y', criteria: [] }];
    expect(moduleSaveProblems({ title: '', outcomes }).map((p) => p.path)).toEqual(['title', 'outcomes.0.criteria.3.code', 'outcomes.1.code']);
  });
});

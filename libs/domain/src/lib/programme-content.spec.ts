import type { ProgrammeContent } from '@peerpath/contracts';
import { publishProblems } from './programme-content';

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

import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { ModuleContent } from '@peerpath/contracts';
import { draftFieldId, draftForm, nextCode, renumberCode, renumberModules, saveRequestOf } from '@peerpath/web/programmes/draft-form';

const modules: ModuleContent[] = [
  {
    number: 1,
    title: 'Your role',
    summary: 'What a buddy does',
    outcomes: [
      {
        code: '1.1',
        text: 'Understand the role',
        criteria: [
          { code: '1.1.1', kind: 'knowledge', text: 'Describe the role', simulationAllowed: false },
          { code: '1.1.2', kind: 'competence', text: 'Work within the role', simulationAllowed: true },
        ],
      },
    ],
  },
  {
    number: 2,
    title: 'Duty of care',
    summary: '',
    outcomes: [{ code: '2.1', text: 'Understand duty of care', criteria: [{ code: '2.1.1', kind: 'knowledge', text: 'Define it', simulationAllowed: false }] }],
  },
];

describe('draft form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('round-trips content into the save request with the expected version', () => {
    const form = draftForm(fb(), modules);
    expect(saveRequestOf(form.getRawValue(), 7)).toEqual({ expectedVersion: 7, modules });
  });

  it('trims text, numbers modules by position and allows simulation only for competence', () => {
    const form = draftForm(fb(), modules);
    const criterion = form.controls.modules.at(0).controls.outcomes.at(0).controls.criteria.at(1);
    criterion.controls.text.setValue('  Work within the role, always  ');
    criterion.controls.kind.setValue('knowledge');
    form.controls.modules.at(1).controls.number.setValue(9);
    const request = saveRequestOf(form.getRawValue(), 1);
    expect(request.modules[0].outcomes[0].criteria[1]).toEqual({
      code: '1.1.2',
      kind: 'knowledge',
      text: 'Work within the role, always',
      simulationAllowed: false,
    });
    expect(request.modules.map((m) => m.number)).toEqual([1, 2]);
  });

  it('renumbers modules and their codes after a move', () => {
    const form = draftForm(fb(), modules);
    const array = form.controls.modules;
    const first = array.at(0);
    array.removeAt(0);
    array.insert(1, first);
    renumberModules(array);
    const request = saveRequestOf(form.getRawValue(), 1);
    expect(request.modules.map((m) => [m.number, m.title, m.outcomes[0].code, m.outcomes[0].criteria[0].code])).toEqual([
      [1, 'Duty of care', '1.1', '1.1.1'],
      [2, 'Your role', '2.1', '2.1.1'],
    ]);
  });

  it('rewrites only codes written for the old module number', () => {
    expect(renumberCode('3.2.1', 3, 4)).toBe('4.2.1');
    expect(renumberCode('13.2.1', 3, 4)).toBe('13.2.1');
    expect(renumberCode('12.1', 12, 11)).toBe('11.1');
  });

  it('picks the next free code under a prefix', () => {
    expect(nextCode('2.1', ['2.1.1', '2.1.3'])).toBe('2.1.4');
    expect(nextCode('2', ['2.1', '2.1.1', '12.4'])).toBe('2.2');
    expect(nextCode('5', [])).toBe('5.1');
  });

  it("links the API's field paths to the editor's elements", () => {
    expect(draftFieldId('modules.2.title')).toBe('m2-title');
    expect(draftFieldId('modules.2.summary')).toBe('m2-summary');
    expect(draftFieldId('modules.0.outcomes.1.text')).toBe('m0-o1-text');
    expect(draftFieldId('modules.0.outcomes.1.criteria.2.text')).toBe('m0-o1-c2-text');
    expect(draftFieldId('modules.0.outcomes.1.criteria.2.kind')).toBe('m0-o1-c2-kind');
    expect(draftFieldId('modules.0.outcomes.1.criteria.2')).toBe('m0-o1-c2');
    expect(draftFieldId('modules.3.outcomes')).toBe('m3');
    expect(draftFieldId('modules.3.number')).toBe('m3');
    expect(draftFieldId('modules.3')).toBe('m3');
    expect(draftFieldId('modules')).toBeNull();
    expect(draftFieldId('version')).toBeNull();
    expect(draftFieldId('expectedVersion')).toBeNull();
  });
});

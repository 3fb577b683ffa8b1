import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { ApiError, ModuleContent, ModuleView } from '@peerpath/contracts';
import {
  contentsFieldId,
  moduleCounts,
  moduleErrorsOf,
  moduleFieldId,
  moduleForm,
  moduleRequestOf,
  moduleStatuses,
  nextCode,
  placeOf,
  rearrangeModules,
} from '@peerpath/web/programmes/draft-form';

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

const refusal = (body: ApiError) => new HttpErrorResponse({ status: body.statusCode, error: body });

describe('module form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('round-trips a module into the save request with the expected version', () => {
    const { title, summary, outcomes } = modules[0];
    expect(moduleRequestOf(moduleForm(fb(), modules[0]).getRawValue(), 7)).toEqual({ expectedVersion: 7, title, summary, outcomes });
  });

  it('trims text and allows simulation only for competence', () => {
    const form = moduleForm(fb(), modules[0]);
    form.controls.title.setValue('  Your role as a buddy ');
    const criterion = form.controls.outcomes.at(0).controls.criteria.at(1);
    criterion.controls.text.setValue('  Work within the role, always  ');
    criterion.controls.kind.setValue('knowledge');
    criterion.controls.refresher.setValue(true);
    const request = moduleRequestOf(form.getRawValue(), 1);
    expect(request.title).toBe('Your role as a buddy');
    expect(request.outcomes[0].criteria[1]).toEqual({ code: '1.1.2', kind: 'knowledge', text: 'Work within the role, always', simulationAllowed: false, refresher: true });
  });

  it('picks the next free code under a prefix', () => {
    expect(nextCode('2.1', ['2.1.1', '2.1.3'])).toBe('2.1.4');
    expect(nextCode('2', ['2.1', '2.1.1', '12.4'])).toBe('2.2');
    expect(nextCode('5', [])).toBe('5.1');
  });

  it.each([
    ['title', 'module-title'],
    ['summary', 'module-summary'],
    ['outcomes.1.text', 'o1-text'],
    ['outcomes.1.code', 'o1-code'],
    ['outcomes.0.criteria.2.text', 'o0-c2-text'],
    ['outcomes.0.criteria.2.kind', 'o0-c2-kind'],
    ['outcomes.0.criteria.2.simulationAllowed', 'o0-c2-simulationAllowed'],
    ['outcomes.0.criteria.2', 'o0-c2'],
    ['outcomes.3', 'o3'],
    ['outcomes', null],
    ['expectedVersion', null],
  ])("links the API's field path %s to #%s", (path, id) => expect(moduleFieldId(path)).toBe(id));

  it('names the module and the criterion or outcome, by its code or else its place', () => {
    const value = moduleForm(fb(), { ...modules[1], number: 3 }).getRawValue();
    value.outcomes[0].criteria.push({ code: ' ', kind: 'knowledge', text: '', simulationAllowed: false, refresher: false });
    value.outcomes.push({ code: '', text: '', criteria: [] });
    expect(placeOf('outcomes.0.criteria.0.text', 3, value)).toBe('Module 3, criterion 2.1.1');
    expect(placeOf('outcomes.0.criteria.1.code', 3, value)).toBe('Module 3, criterion 2 of outcome 2.1');
    expect(placeOf('outcomes.0.text', 3, value)).toBe('Module 3, outcome 2.1');
    expect(placeOf('outcomes.1.code', 3, value)).toBe('Module 3, outcome 2');
    expect(placeOf('title', 3, value)).toBe('Module 3');
  });

  it('turns field errors into summary lines naming module and criterion, linked to the field', () => {
    const value = moduleForm(fb(), modules[0]).getRawValue();
    const error = refusal({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Check the details you entered',
      fieldErrors: {
        title: ['Enter a title for the module'],
        'outcomes.0.criteria.1.text': ['Enter the criterion text'],
      },
    });
    expect(moduleErrorsOf(error, 1, value)).toEqual([
      { field: 'module-title', text: 'Module 1: Enter a title for the module' },
      { field: 'o0-c1-text', text: 'Module 1, criterion 1.1.2: Enter the criterion text' },
    ]);
  });

  it("shows any other refusal in the API's words", () => {
    const message = 'Someone else changed this draft since you opened it: reload it and make your change again';
    const error = refusal({ statusCode: 409, code: 'STALE_VERSION', message });
    expect(moduleErrorsOf(error, 1, moduleForm(fb(), modules[0]).getRawValue())).toEqual([{ field: null, text: message }]);
  });
});

describe('contents of a draft', () => {
  it('links publishing problems to the module they are about', () => {
    expect(contentsFieldId('modules.2.outcomes.0')).toBe('module-link-2');
    expect(contentsFieldId('modules.12')).toBe('module-link-12');
    expect(contentsFieldId('modules')).toBeNull();
    expect(contentsFieldId('version')).toBeNull();
  });

  it('counts outcomes and criteria', () => {
    expect(moduleCounts(modules[0])).toBe('1 outcome, 2 criteria');
    expect(moduleCounts({ ...modules[1], outcomes: [] })).toBe('0 outcomes, 0 criteria');
    expect(moduleCounts(modules[1])).toBe('1 outcome, 1 criterion');
  });

  it('marks each module incomplete, new, changed or unchanged against the published version', () => {
    const changed = { ...modules[1], outcomes: [{ ...modules[1].outcomes[0], text: 'Understand the duty of care' }] };
    const incomplete = { number: 3, title: 'New', summary: '', outcomes: [] };
    const added = { ...modules[1], number: 4, title: 'Added', outcomes: [{ code: '4.1', text: 'x', criteria: [{ code: '4.1.1', kind: 'knowledge' as const, text: 'y', simulationAllowed: false }] }] };
    // A refresher flag left out is the same as false.
    const same = { ...modules[0], outcomes: [{ ...modules[0].outcomes[0], criteria: modules[0].outcomes[0].criteria.map((c) => ({ ...c, refresher: false })) }] };
    expect(moduleStatuses([same, changed, incomplete, added], modules)).toEqual(['unchanged', 'changed', 'incomplete', 'new']);
    expect(moduleStatuses([same, incomplete], null)).toEqual([null, 'incomplete']);
  });
});

describe('rearrangeModules (removing or moving a module from the contents page)', () => {
  const view = (number: number, title: string): ModuleView => ({
    id: `m${number}`,
    number,
    title,
    summary: '',
    outcomes: [{ id: `o${number}`, code: `${number}.1`, text: 'An outcome', criteria: [{ id: `c${number}`, code: `${number}.1.1`, kind: 'knowledge', text: 'A criterion', simulationAllowed: false }] }],
  });
  const draft = [view(1, 'Role'), view(2, 'Duty of care'), view(3, 'Equality'), view(10, 'Families')];
  const numbered = (modules: ModuleContent[]) => modules.map((m) => `${m.number} ${m.title} ${m.outcomes[0].code} ${m.outcomes[0].criteria[0].code}`);

  it('removes a module and numbers the rest again, codes and all, without ids', () => {
    const after = rearrangeModules(draft, { remove: 2 });
    expect(numbered(after)).toEqual(['1 Role 1.1 1.1.1', '2 Equality 2.1 2.1.1', '3 Families 3.1 3.1.1']);
    expect(JSON.stringify(after)).not.toContain('"id"');
    expect(after[0].outcomes[0].criteria[0].refresher).toBe(false);
  });

  it('moves a module up or down, and a move beyond either end changes nothing', () => {
    expect(numbered(rearrangeModules(draft, { move: 3, by: -1 }))).toEqual(['1 Role 1.1 1.1.1', '2 Equality 2.1 2.1.1', '3 Duty of care 3.1 3.1.1', '4 Families 4.1 4.1.1']);
    expect(numbered(rearrangeModules(draft, { move: 1, by: -1 }))).toEqual(['1 Role 1.1 1.1.1', '2 Duty of care 2.1 2.1.1', '3 Equality 3.1 3.1.1', '4 Families 4.1 4.1.1']);
  });

  it('leaves a code that was not written for its module alone', () => {
    const odd = { ...view(2, 'Odd'), outcomes: [{ id: 'o', code: 'X.1', text: 't', criteria: [] }] };
    expect(rearrangeModules([odd], { move: 2, by: 1 })[0].outcomes[0].code).toBe('X.1');
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import type { AllocationRequest, AllocationTask } from '@peerpath/contracts';
import { ALLOCATION_TASKS } from '@peerpath/domain';
import {
  AllocationFormValue,
  allocationErrorsOf,
  allocationFieldId,
  allocationRequestOf,
  checkRequestOf,
  gateDisplay,
  taskCheckboxId,
  weeklyHoursOf,
} from '@peerpath/web/allocation/allocation-form';

const TODAY = '2026-03-10';
const noTasks = Object.fromEntries(ALLOCATION_TASKS.map((t) => [t, false])) as Record<AllocationTask, boolean>;

function form(overrides: Partial<AllocationFormValue> = {}): AllocationFormValue {
  return {
    buddyId: 'b1',
    recipientId: 'r1',
    tasks: { ...noTasks, collecting_meals: true, company_activities: true },
    plannedWeeklyHours: '6',
    startsOn: { day: '10', month: '3', year: '2026' },
    ...overrides,
  };
}

const request: AllocationRequest = {
  buddyId: 'b1',
  recipientId: 'r1',
  tasks: ['collecting_meals', 'company_activities'],
  plannedWeeklyHours: 6,
  startsOn: '2026-03-10',
};

describe('allocation form', () => {
  it('maps a filled-in form to the request, tasks in the permitted order', () => {
    expect(allocationRequestOf(form({ tasks: { ...noTasks, company_activities: true, collecting_meals: true } }), TODAY)).toEqual({ request });
    expect(allocationRequestOf(form({ plannedWeeklyHours: ' 2.5 ', startsOn: { day: '1', month: '4', year: '2026' } }), TODAY).request).toMatchObject({
      plannedWeeklyHours: 2.5,
      startsOn: '2026-04-01',
    });
  });

  it('offers every permitted task and nothing else: intimate care is not a task', () => {
    expect(ALLOCATION_TASKS).toHaveLength(6);
    expect(ALLOCATION_TASKS.join(' ')).not.toMatch(/wash|toilet|feed|oral|dress|intimate/i);
    expect(ALLOCATION_TASKS.map(taskCheckboxId)).toEqual(['tasks', 'tasks-2', 'tasks-3', 'tasks-4', 'tasks-5', 'tasks-6']);
  });

  it('says everything that is missing, each linked to its field', () => {
    const checked = allocationRequestOf(
      { buddyId: '', recipientId: '', tasks: noTasks, plannedWeeklyHours: '', startsOn: { day: '', month: '', year: '' } },
      TODAY,
    );
    expect(checked.errors).toEqual([
      { field: 'buddyId', text: 'Choose a buddy' },
      { field: 'recipientId', text: 'Choose the person needing support' },
      { field: 'tasks', text: 'Choose at least one task' },
      { field: 'plannedWeeklyHours', text: 'Enter the planned hours a week' },
      { field: 'startsOn-day', text: 'Enter the start date as a real date, for example 27 3 2026' },
    ]);
  });

  it('refuses a start date in the past and hours the API would refuse', () => {
    expect(allocationRequestOf(form({ startsOn: { day: '9', month: '3', year: '2026' } }), TODAY).errors).toEqual([
      { field: 'startsOn-day', text: 'The start date cannot be in the past' },
    ]);
    for (const hours of ['0', '0.4', '41', '2.25', 'six', '-3']) {
      expect(allocationRequestOf(form({ plannedWeeklyHours: hours }), TODAY).errors?.[0].field).toBe('plannedWeeklyHours');
    }
  });

  it.each([
    ['6', 6],
    ['0.5', 0.5],
    ['40', 40],
    ['12.5', 12.5],
    ['40.1', null],
    ['0.49', null],
    ['', null],
    ['1e1', null],
  ])('reads %p hours a week as %p', (text, hours) => {
    expect(weeklyHoursOf(text)).toBe(hours);
  });

  it('links API field errors to the elements on the page', () => {
    expect(allocationFieldId('startsOn')).toBe('startsOn-day');
    expect(allocationFieldId('tasks.0')).toBe('tasks');
    expect(allocationFieldId('plannedWeeklyHours')).toBe('plannedWeeklyHours');
    expect(allocationFieldId('somethingElse')).toBeNull();
  });
});

describe('asking the gate before submitting', () => {
  it('asks once a buddy, a recipient and the hours are chosen, even before any task', () => {
    expect(checkRequestOf(form({ tasks: noTasks }), TODAY)).toEqual({ ...request, tasks: [] });
  });

  it('does not ask with too little to go on', () => {
    expect(checkRequestOf(form({ buddyId: '' }), TODAY)).toBeUndefined();
    expect(checkRequestOf(form({ recipientId: '' }), TODAY)).toBeUndefined();
    expect(checkRequestOf(form({ plannedWeeklyHours: '' }), TODAY)).toBeUndefined();
  });

  it('sends today while the start date is unfinished or past, since the gate does not depend on it', () => {
    expect(checkRequestOf(form({ startsOn: { day: '', month: '3', year: '2026' } }), TODAY)?.startsOn).toBe(TODAY);
    expect(checkRequestOf(form({ startsOn: { day: '1', month: '1', year: '2020' } }), TODAY)?.startsOn).toBe(TODAY);
    expect(checkRequestOf(form({ startsOn: { day: '20', month: '3', year: '2026' } }), TODAY)?.startsOn).toBe('2026-03-20');
  });

  const base = { request, pending: false, loading: false, failed: false, outcome: undefined };
  const reasons = [
    { code: 'NO_CERTIFICATE' as const, message: 'The buddy does not hold a certificate' },
    { code: 'SUPERVISION_OVERDUE' as const, message: 'Supervision is 3 days overdue' },
  ];

  it('shows nothing to check, checking, can go ahead, every reason, or a failure', () => {
    expect(gateDisplay({ ...base, request: undefined })).toEqual({ kind: 'incomplete' });
    expect(gateDisplay({ ...base, loading: true })).toEqual({ kind: 'checking' });
    expect(gateDisplay(base)).toEqual({ kind: 'checking' });
    expect(gateDisplay({ ...base, outcome: { allowed: true, reasons: [] } })).toEqual({ kind: 'allowed' });
    expect(gateDisplay({ ...base, outcome: { allowed: false, reasons } })).toEqual({ kind: 'refused', reasons });
    expect(gateDisplay({ ...base, failed: true })).toEqual({ kind: 'failed' });
  });

  it('does not show an answer about a form that has changed since', () => {
    expect(gateDisplay({ ...base, pending: true, outcome: { allowed: true, reasons: [] } })).toEqual({ kind: 'checking' });
  });
});

describe('allocationErrorsOf', () => {
  const refusal = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

  it("lists every reason the gate refused, each linked to the field it is about", () => {
    const error = refusal(409, {
      statusCode: 409,
      code: 'ALLOCATION_REFUSED',
      message: 'This allocation cannot go ahead',
      reasons: [
        { code: 'NO_CERTIFICATE', message: 'The buddy does not hold a certificate' },
        { code: 'DIFFERENT_PRISONS', message: 'The buddy (EXI) and the person needing support (DAI) are at different prisons' },
        { code: 'OVER_WEEKLY_HOURS_CAP', message: 'This would make 12 hours a week (6 hours already allocated); the cap is 10 hours' },
        { code: 'SOMETHING_NEW', message: 'A reason this page does not know' },
      ],
    });
    expect(allocationErrorsOf(error)).toEqual([
      { field: 'buddyId', text: 'The buddy does not hold a certificate' },
      { field: 'recipientId', text: 'The buddy (EXI) and the person needing support (DAI) are at different prisons' },
      { field: 'plannedWeeklyHours', text: 'This would make 12 hours a week (6 hours already allocated); the cap is 10 hours' },
      { field: null, text: 'A reason this page does not know' },
    ]);
  });

  it('shows field errors next to their fields', () => {
    const error = refusal(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Check the details',
      fieldErrors: { startsOn: ['The start date cannot be in the past'], tasks: ['Choose tasks from the permitted list: intimate care is never allocated'] },
    });
    expect(allocationErrorsOf(error)).toEqual([
      { field: 'startsOn-day', text: 'The start date cannot be in the past' },
      { field: 'tasks', text: 'Choose tasks from the permitted list: intimate care is never allocated' },
    ]);
  });
});

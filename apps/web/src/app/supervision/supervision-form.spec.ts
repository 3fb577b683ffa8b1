import { supervisionFieldId, supervisionRequestOf } from '@peerpath/web/supervision/supervision-form';
import { supervisionStatusText } from '@peerpath/web/supervision/supervision-labels';

describe('supervisionStatusText', () => {
  it('says when the next is due, or how late it is', () => {
    expect(supervisionStatusText({ state: 'up_to_date', lastSupervisedOn: '2026-03-01', nextDueOn: '2026-03-29', daysOverdue: 0 })).toBe(
      'Next supervision due by 29 March 2026',
    );
    expect(supervisionStatusText({ state: 'overdue', lastSupervisedOn: '2026-01-01', nextDueOn: '2026-01-29', daysOverdue: 1 })).toBe('Overdue by 1 day');
    expect(supervisionStatusText({ state: 'overdue', lastSupervisedOn: null, nextDueOn: '2026-01-29', daysOverdue: 12 })).toBe('Overdue by 12 days');
    expect(supervisionStatusText({ state: 'not_started', lastSupervisedOn: null, nextDueOn: null, daysOverdue: 0 })).toContain('once training starts');
  });
});

describe('supervisionRequestOf', () => {
  const filled = {
    heldOn: { day: '3', month: '3', year: '2026' },
    durationMinutes: ' 45 ',
    hoursWorkedSinceLast: '12.5',
    wellbeing: '4' as const,
    boundariesDiscussed: 'yes' as const,
    concerns: '  ',
    agreedActions: ' Meet again in four weeks ',
  };

  it('maps the form to the request, leaving out empty text', () => {
    expect(supervisionRequestOf(filled, '2026-03-10')).toEqual({
      request: { heldOn: '2026-03-03', durationMinutes: 45, hoursWorkedSinceLast: 12.5, wellbeing: 4, boundariesDiscussed: true, agreedActions: 'Meet again in four weeks' },
    });
    expect(supervisionRequestOf({ ...filled, boundariesDiscussed: 'no', hoursWorkedSinceLast: '0' }, '2026-03-10').request).toMatchObject({
      boundariesDiscussed: false,
      hoursWorkedSinceLast: 0,
    });
  });

  it('lists everything missing, each linked to its field', () => {
    const empty = { heldOn: { day: '', month: '', year: '' }, durationMinutes: '', hoursWorkedSinceLast: '', wellbeing: '' as const, boundariesDiscussed: '' as const, concerns: '', agreedActions: '' };
    expect(supervisionRequestOf(empty, '2026-03-10').errors?.map((e) => e.field)).toEqual([
      'heldOn-day',
      'durationMinutes',
      'hoursWorkedSinceLast',
      'wellbeing-1',
      'boundariesDiscussed-yes',
    ]);
  });

  it('refuses a future date, odd durations and hours', () => {
    const result = supervisionRequestOf({ ...filled, heldOn: { day: '11', month: '3', year: '2026' }, durationMinutes: '2', hoursWorkedSinceLast: '12.25' }, '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'heldOn-day', text: 'The date of the supervision cannot be in the future' },
      { field: 'durationMinutes', text: 'A supervision lasts between 5 and 480 minutes' },
      { field: 'hoursWorkedSinceLast', text: 'Enter the hours as a number, like 12 or 12.5' },
    ]);
    expect(supervisionRequestOf({ ...filled, durationMinutes: '30.5', hoursWorkedSinceLast: '401' }, '2026-03-10').errors?.map((e) => e.text)).toEqual([
      'Enter the duration in whole minutes, like 30',
      'Hours worked since the last supervision can be at most 400',
    ]);
  });

  it("links the API's field errors to the page's fields", () => {
    expect(['heldOn', 'wellbeing', 'boundariesDiscussed', 'hoursWorkedSinceLast', 'other'].map(supervisionFieldId)).toEqual([
      'heldOn-day',
      'wellbeing-1',
      'boundariesDiscussed-yes',
      'hoursWorkedSinceLast',
      null,
    ]);
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { messagesByField, SERVICE_PROBLEM, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';

const refusal = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

describe('summaryErrorsOf', () => {
  it('lists every field message, linked to the element for its path', () => {
    const error = refusal(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Check the details you entered',
      fieldErrors: { appliedOn: ['Enter a real date'], prisonNumber: ['Enter a prison number in the format A1234BC', 'Too long'] },
    });
    expect(summaryErrorsOf(error, (path) => (path === 'appliedOn' ? 'appliedOn-day' : path))).toEqual([
      { field: 'appliedOn-day', text: 'Enter a real date' },
      { field: 'prisonNumber', text: 'Enter a prison number in the format A1234BC' },
      { field: 'prisonNumber', text: 'Too long' },
    ]);
  });

  it('leaves unlinked the paths that name no element', () => {
    const error = refusal(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', fieldErrors: { modules: ['Add at least one module'] } });
    expect(summaryErrorsOf(error, () => null)).toEqual([{ field: null, text: 'Add at least one module' }]);
  });

  it("shows the API's message for a refusal without field errors", () => {
    const message = 'Someone else changed this draft since you opened it: reload it and make your change again';
    expect(summaryErrorsOf(refusal(409, { statusCode: 409, code: 'STALE_VERSION', message }))).toEqual([{ field: null, text: message }]);
  });

  it("lists every one of a rule's reasons instead of the API's summary message", () => {
    const error = refusal(422, {
      statusCode: 422,
      code: 'NOT_ELIGIBLE',
      message: 'The buddy cannot be certified yet',
      reasons: [
        { code: 'MODULES_INCOMPLETE', message: 'Not every module is complete' },
        { code: 'ATTENDANCE_LOW', message: 'Attendance is below 80%' },
      ],
    });
    expect(summaryErrorsOf(error)).toEqual([
      { field: null, text: 'Not every module is complete' },
      { field: null, text: 'Attendance is below 80%' },
    ]);
  });

  it('keeps field errors first and adds the reasons after them', () => {
    const error = refusal(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'x',
      fieldErrors: { plannedWeeklyHours: ['Enter the hours'] },
      reasons: [{ code: 'NO_TASKS', message: 'Choose at least one task' }],
    });
    expect(summaryErrorsOf(error)).toEqual([
      { field: 'plannedWeeklyHours', text: 'Enter the hours' },
      { field: null, text: 'Choose at least one task' },
    ]);
  });

  it('says sorry when the answer is not an API error', () => {
    expect(summaryErrorsOf(refusal(502, 'Bad gateway'))).toEqual([{ field: null, text: SERVICE_PROBLEM }]);
    expect(summaryErrorsOf(new Error('boom'))).toEqual([{ field: null, text: SERVICE_PROBLEM }]);
  });

  it('keeps the first message per field for the inline message', () => {
    expect(
      messagesByField([
        { field: 'a', text: 'first' },
        { field: 'a', text: 'second' },
        { field: null, text: 'general' },
      ]),
    ).toEqual({ a: 'first' });
  });
});

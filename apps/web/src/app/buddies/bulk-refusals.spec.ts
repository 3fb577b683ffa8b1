import { HttpErrorResponse } from '@angular/common/http';
import { bulkErrorsOf } from '@peerpath/web/buddies/bulk-refusals';

describe('bulkErrorsOf', () => {
  it('says nothing was saved, then each person with each reason', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: {
        statusCode: 409,
        code: 'ENROLMENT_REFUSED',
        message: 'Nobody was enrolled: 1 of the 2 buddies chosen cannot join Exeter May',
        people: [{ buddyId: 'b1', prisonNumber: 'A1234BC', firstName: 'Sam', lastName: 'Jones', reasons: [{ code: 'NOT_APPROVED', message: 'A1234BC has not been approved' }, { code: 'COHORT_FULL', message: 'Exeter May is full' }] }],
      },
    });
    expect(bulkErrorsOf(error).map((line) => line.text)).toEqual([
      'Nobody was enrolled: 1 of the 2 buddies chosen cannot join Exeter May',
      'Sam Jones (A1234BC): A1234BC has not been approved',
      'Sam Jones (A1234BC): Exeter May is full',
    ]);
  });

  it('keeps field errors beside their fields', () => {
    const error = new HttpErrorResponse({ status: 400, error: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check', fieldErrors: { decidedOn: ['The decision date cannot be in the future'] } } });
    expect(bulkErrorsOf(error, () => 'decidedOn-day')).toEqual([{ field: 'decidedOn-day', text: 'The decision date cannot be in the future' }]);
  });
});

import { applicationFieldId, applicationRequestOf } from '@peerpath/web/buddies/application-form';

const filled = {
  prisonNumber: ' a1234bc ',
  firstName: ' Sam ',
  lastName: 'Jones ',
  prisonCode: 'EXI',
  appliedOn: { day: '3', month: '3', year: '2026' },
};

describe('applicationRequestOf', () => {
  it('maps the form to the request: prison number upper case, names and dates tidied', () => {
    expect(applicationRequestOf(filled, '2026-03-10')).toEqual({
      request: { prisonNumber: 'A1234BC', firstName: 'Sam', lastName: 'Jones', prisonCode: 'EXI', appliedOn: '2026-03-03' },
    });
  });

  it('lists everything missing, each linked to its field', () => {
    const empty = { prisonNumber: '', firstName: ' ', lastName: '', prisonCode: '', appliedOn: { day: '', month: '', year: '' } };
    expect(applicationRequestOf(empty, '2026-03-10').errors).toEqual([
      { field: 'prisonNumber', text: 'Enter a prison number' },
      { field: 'firstName', text: 'Enter a first name' },
      { field: 'lastName', text: 'Enter a last name' },
      { field: 'prisonCode', text: 'Select a prison' },
      { field: 'appliedOn-day', text: 'Enter the date applied as a real date, for example 27 3 2026' },
    ]);
  });

  it('refuses a prison number in the wrong format and a date in the future', () => {
    const result = applicationRequestOf({ ...filled, prisonNumber: '1234ABC', appliedOn: { day: '11', month: '3', year: '2026' } }, '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'prisonNumber', text: 'Enter a prison number in the format A1234BC' },
      { field: 'appliedOn-day', text: 'The date applied cannot be in the future' },
    ]);
  });

  it('refuses names with hidden or direction-changing characters, as the API does', () => {
    const result = applicationRequestOf({ ...filled, firstName: 'Sam\u202EsenoJ', lastName: 'Jones\uFEFF' }, '2026-03-10');
    expect(result.errors).toEqual([
      { field: 'firstName', text: 'First name must not contain hidden or direction-changing characters' },
      { field: 'lastName', text: 'Last name must not contain hidden or direction-changing characters' },
    ]);
  });

  it("links the API's field errors to the page's fields", () => {
    expect(applicationFieldId('appliedOn')).toBe('appliedOn-day');
    expect(applicationFieldId('prisonNumber')).toBe('prisonNumber');
    expect(applicationFieldId('somethingElse')).toBeNull();
  });
});

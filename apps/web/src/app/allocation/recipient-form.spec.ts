import { recipientFieldId, recipientRequestOf } from '@peerpath/web/allocation/recipient-form';

const filled = {
  prisonNumber: ' g7155ds ',
  firstName: ' Dennis ',
  lastName: 'Shaw',
  prisonCode: 'EXI',
  supportSummary: ' Uses a walking frame. ',
  carePlanReference: ' DCC-ASC-2026-0178 ',
};

describe('recipient form', () => {
  it('maps the form to the request, trimmed, with the prison number upper case', () => {
    expect(recipientRequestOf(filled)).toEqual({
      request: {
        prisonNumber: 'G7155DS',
        firstName: 'Dennis',
        lastName: 'Shaw',
        prisonCode: 'EXI',
        supportSummary: 'Uses a walking frame.',
        carePlanReference: 'DCC-ASC-2026-0178',
      },
    });
  });

  it('says everything that is missing, each linked to its field', () => {
    const empty = { prisonNumber: '', firstName: '', lastName: '', prisonCode: '', supportSummary: ' ', carePlanReference: '' };
    expect(recipientRequestOf(empty).errors?.map((e) => e.field)).toEqual([
      'prisonNumber',
      'firstName',
      'lastName',
      'prisonCode',
      'supportSummary',
      'carePlanReference',
    ]);
  });

  it('refuses a badly formed prison number and an over-long summary', () => {
    expect(recipientRequestOf({ ...filled, prisonNumber: '1234', supportSummary: 'x'.repeat(501) }).errors).toEqual([
      { field: 'prisonNumber', text: 'Enter a prison number in the format A1234BC' },
      { field: 'supportSummary', text: 'Describe the support needed in up to 500 characters, without clinical detail' },
    ]);
  });

  it('links only the fields on the page', () => {
    expect(recipientFieldId('carePlanReference')).toBe('carePlanReference');
    expect(recipientFieldId('version')).toBeNull();
  });
});

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCalendarDate, IsId, IsPersonName, IsPrisonCode, IsPrisonNumber } from './fields';

class Application {
  @IsPrisonNumber()
  prisonNumber!: string;

  @IsPersonName('first')
  firstName!: string;

  @IsPrisonCode()
  prisonCode!: string;

  @IsCalendarDate()
  appliedOn!: string;

  @IsId('Choose a cohort')
  cohortId!: string;
}

const check = (body: object) => {
  const instance = plainToInstance(Application, body);
  const errors = Object.fromEntries(validateSync(instance).map((e) => [e.property, Object.values(e.constraints ?? {})]));
  return { instance, errors };
};

describe('shared DTO fields', () => {
  const good = { prisonNumber: ' a1234bc ', firstName: '  Sam ', prisonCode: 'exi', appliedOn: '2026-02-28', cohortId: '9b2f1c0e-3d4a-4b5c-8d6e-7f8091a2b3c4' };

  it('normalises what people type: prison numbers and codes upper case, names trimmed', () => {
    const { instance, errors } = check(good);
    expect(errors).toEqual({});
    expect(instance).toMatchObject({ prisonNumber: 'A1234BC', firstName: 'Sam', prisonCode: 'EXI' });
  });

  it('refuses each bad field with a message saying what to enter', () => {
    const { errors } = check({ prisonNumber: 'A123BC', firstName: '   ', prisonCode: 'EX1', appliedOn: '2026-02-30', cohortId: 'nope' });
    expect(errors['prisonNumber']).toEqual(['Enter a prison number in the format A1234BC']);
    expect(errors['firstName']).toEqual(['Enter a first name of up to 60 characters']);
    expect(errors['prisonCode']).toEqual(['Prison code must be three letters, like EXI']);
    expect(errors['appliedOn']).toContain('Enter a real date, like 2026-03-03');
    expect(errors['cohortId']).toEqual(['Choose a cohort']);
  });

  it('refuses non-strings without crashing the transform', () => {
    expect(Object.keys(check({ ...good, prisonNumber: 1234567, firstName: 12 }).errors).sort()).toEqual(['firstName', 'prisonNumber']);
  });
});

describe('NoHiddenCharacters', () => {
  class Named {
    @IsPersonName('first')
    firstName!: string;
  }
  it('refuses a right-to-left override in a name, naming the field', () => {
    const errors = validateSync(plainToInstance(Named, { firstName: 'Sam\u202EsenoJ' }));
    expect(errors.map((e) => Object.values(e.constraints ?? {}))).toEqual([['First name must not contain hidden or direction-changing characters']]);
  });

  it('refuses a byte-order mark at the end rather than trimming it away', () => {
    const instance = plainToInstance(Named, { firstName: ' Sam\uFEFF ' });
    expect(instance.firstName).toBe('Sam\uFEFF');
    expect(validateSync(instance)).toHaveLength(1);
  });
});

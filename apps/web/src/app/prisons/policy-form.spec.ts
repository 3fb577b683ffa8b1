import { policyFieldId, policyFormValueOf, policyRequestOf } from '@peerpath/web/prisons/policy-form';

const policy = {
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  supervisionIntervalDays: 28,
  weeklyHoursCap: 10,
  certificateValidityMonths: 24,
  attendanceThresholdPercent: 80,
  version: 3,
};

describe('policy form', () => {
  it('maps the form to the request with the version it was read at', () => {
    const value = { ...policyFormValueOf(policy), supervisionIntervalDays: ' 21 ', attendanceThresholdPercent: '85%' };
    expect(policyRequestOf(value, 3)).toEqual({
      request: { supervisionIntervalDays: 21, weeklyHoursCap: 10, certificateValidityMonths: 24, attendanceThresholdPercent: 85, expectedVersion: 3 },
    });
  });

  it("refuses what the API would, with each field's own words", () => {
    const result = policyRequestOf({ supervisionIntervalDays: '', weeklyHoursCap: '7.5', certificateValidityMonths: '61', attendanceThresholdPercent: '49' }, 3);
    expect(result.errors).toEqual([
      { field: 'supervisionIntervalDays', text: 'Enter the number of days between supervisions' },
      { field: 'weeklyHoursCap', text: 'Enter the weekly hours as a whole number' },
      { field: 'certificateValidityMonths', text: 'A certificate must last between 6 and 60 months' },
      { field: 'attendanceThresholdPercent', text: 'The attendance needed must be between 50% and 100%' },
    ]);
  });

  it("links the API's field errors to the fields", () => {
    expect(policyFieldId('weeklyHoursCap')).toBe('weeklyHoursCap');
    expect(policyFieldId('expectedVersion')).toBeNull();
  });
});

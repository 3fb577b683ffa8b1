import { penceOf, policyFieldId, policyFormValueOf, policyRequestOf, poundsOf } from '@peerpath/web/prisons/policy-form';

const policy = {
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  supervisionIntervalDays: 28,
  weeklyHoursCap: 10,
  certificateValidityMonths: 24,
  attendanceThresholdPercent: 80,
  staffCostPerHourPence: 2850,
  version: 3,
};

describe('policy form', () => {
  it('maps the form to the request with the version it was read at', () => {
    const value = { ...policyFormValueOf(policy), supervisionIntervalDays: ' 21 ', attendanceThresholdPercent: '85%' };
    expect(policyRequestOf(value, 3)).toEqual({
      request: { supervisionIntervalDays: 21, weeklyHoursCap: 10, certificateValidityMonths: 24, attendanceThresholdPercent: 85, staffCostPerHourPence: 2850, expectedVersion: 3 },
    });
  });

  it("refuses what the API would, with each field's own words", () => {
    const result = policyRequestOf({ supervisionIntervalDays: '', weeklyHoursCap: '7.5', certificateValidityMonths: '61', attendanceThresholdPercent: '49', staffCostPerHour: '1000.01' }, 3);
    expect(result.errors).toEqual([
      { field: 'supervisionIntervalDays', text: 'Enter the number of days between supervisions' },
      { field: 'weeklyHoursCap', text: 'Enter the weekly hours as a whole number' },
      { field: 'certificateValidityMonths', text: 'A certificate must last between 6 and 60 months' },
      { field: 'attendanceThresholdPercent', text: 'The attendance needed must be between 50% and 100%' },
      { field: 'staffCostPerHourPence', text: 'The staff cost per hour can be at most £1,000' },
    ]);
  });

  it('turns the staff cost in pounds into whole pence, and empty into none', () => {
    expect(['28.50', '£28.5', ' 28 ', '1,000', '0', '', '28.505', 'abc', '-1'].map(penceOf)).toEqual([2850, 2850, 2800, 100000, 0, null, undefined, undefined, undefined]);
    expect([2850, 2800, 5, null].map(poundsOf)).toEqual(['28.50', '28.00', '0.05', '']);
    expect(policyRequestOf({ ...policyFormValueOf(policy), staffCostPerHour: '' }, 3).request?.staffCostPerHourPence).toBeNull();
  });

  it("links the API's field errors to the fields", () => {
    expect(policyFieldId('weeklyHoursCap')).toBe('weeklyHoursCap');
    expect(policyFieldId('staffCostPerHourPence')).toBe('staffCostPerHourPence');
    expect(policyFieldId('expectedVersion')).toBeNull();
  });
});

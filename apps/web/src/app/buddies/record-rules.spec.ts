import { pinOf } from '@peerpath/web/buddies/kiosk-pin';
import { moveConsequences, OTHER_PRISON, transferTargetOf } from '@peerpath/web/buddies/moves';

describe('pinOf', () => {
  it("checks the PIN by the domain's rule", () => {
    expect(pinOf(' 246810 ')).toEqual({ pin: '246810' });
    expect(pinOf('').errors).toEqual([{ field: 'pin', text: 'Enter a PIN of 6 to 12 digits' }]);
    expect(pinOf('12345').errors).toEqual([{ field: 'pin', text: 'The PIN must be 6 to 12 digits' }]);
    expect(pinOf('123456').errors?.[0].text).toContain('not one digit repeated');
  });
});

describe('moves', () => {
  it('chooses a listed prison, or a typed code for another', () => {
    expect(transferTargetOf('DAI', '', 'EXI')).toEqual({ code: 'DAI' });
    expect(transferTargetOf(OTHER_PRISON, ' hli ', 'EXI')).toEqual({ code: 'HLI' });
    expect(transferTargetOf('', '', 'EXI').error?.field).toBe('toPrisonCode');
    expect(transferTargetOf(OTHER_PRISON, 'Hull', 'EXI').error).toEqual({ field: 'otherPrisonCode', text: 'Enter a prison code of three letters, like HLI' });
    expect(transferTargetOf(OTHER_PRISON, 'exi', 'EXI').error?.text).toBe('The buddy is already at that prison');
  });

  it('says what a move ended', () => {
    expect(moveConsequences({ allocationsEnded: 2, enrolmentsWithdrawn: 0 })).toEqual(['2 allocations ended.', 'No training in progress needed withdrawing.']);
    expect(moveConsequences({ allocationsEnded: 0, enrolmentsWithdrawn: 1 })[1]).toBe('Withdrawn from 1 cohort in progress; the training record is kept.');
  });
});

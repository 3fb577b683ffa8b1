import { announcedTimeLeft, idleTimeInWords, isKioskUser, timeLeftInWords, timeoutWarningSeconds } from './session-timeout';

describe('timeoutWarningSeconds', () => {
  it.each([
    [3600, 120, 'staff hour: 2 minutes ahead'],
    [600, 60, 'kiosk 10 minutes: 1 minute ahead'],
    [7200, 120, 'never more than 2 minutes'],
    [300, 30, 'a tenth of 5 minutes'],
    [60, 20, 'never less than 20 seconds (WCAG 2.2.1)'],
    [30, 20, 'a short test session still gives 20 seconds'],
    [15, 15, 'never longer than the session itself'],
  ])('%i seconds idle warns %i seconds ahead (%s)', (idle, warning) => {
    expect(timeoutWarningSeconds(idle)).toBe(warning);
  });
});

describe('timeLeftInWords', () => {
  it.each([
    [120, '2 minutes'],
    [61, '2 minutes'],
    [60, '1 minute'],
    [59.2, '1 minute'],
    [59, '59 seconds'],
    [1, '1 second'],
    [0.3, '1 second'],
    [0, '0 seconds'],
    [-4, '0 seconds'],
  ])('%f seconds reads "%s"', (seconds, words) => {
    expect(timeLeftInWords(seconds)).toBe(words);
  });
});

describe('idleTimeInWords', () => {
  it.each([
    [3600, '60 minutes'],
    [600, '10 minutes'],
    [60, '1 minute'],
    [30, '30 seconds'],
    [90, '90 seconds'],
  ])('%i seconds reads "%s"', (seconds, words) => {
    expect(idleTimeInWords(seconds)).toBe(words);
  });
});

describe('isKioskUser', () => {
  it('is a buddy holding nothing else', () => {
    expect(isKioskUser([{ role: 'buddy' }])).toBe(true);
  });
  it.each([[[{ role: 'buddy' }, { role: 'coordinator' }]], [[{ role: 'admin' }]], [[]]])('is not %j', (roles) => {
    expect(isKioskUser(roles)).toBe(false);
  });
});

describe('announcedTimeLeft', () => {
  it.each([
    [120, '2 minutes'],
    [61, '2 minutes'],
    [60, '1 minute'],
    [41, '1 minute'],
    [40, '40 seconds'],
    [21, '40 seconds'],
    [20, '20 seconds'],
    [1, '20 seconds'],
  ])('%i seconds is announced as "%s"', (seconds, words) => {
    expect(announcedTimeLeft(seconds)).toBe(words);
  });
});

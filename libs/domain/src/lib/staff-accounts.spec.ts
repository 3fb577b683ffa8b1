import { looksLikePrisonNumber, staffUsernameProblems } from './staff-accounts';

describe('staff usernames', () => {
  it.each([
    ['jsmith', []],
    ['jo.smith-2', []],
    ['c1001jk', ['prison number']],
    ['C1001JK', ['prison number']],
    [' a1234bc ', ['prison number']],
    ['a1234bcd', []],
    ['a123bc', []],
    ['ab', ['3 to 64']],
    ['1abc', ['3 to 64']],
    ['x', ['3 to 64']],
  ])('%j gives %j', (username, expected) => {
    const problems = staffUsernameProblems(username);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((fragment, i) => expect(problems[i]).toContain(fragment));
  });

  it('recognises a prison number in any case', () => {
    expect(looksLikePrisonNumber('c1001jk')).toBe(true);
    expect(looksLikePrisonNumber('jsmith')).toBe(false);
  });
});

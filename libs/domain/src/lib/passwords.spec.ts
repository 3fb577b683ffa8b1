import { passwordProblems, pinProblems, PASSWORD_MAX_LENGTH } from './passwords';

const codes = (password: string, context = {}) => passwordProblems(password, context).map((p) => p.code);

describe('passwordProblems (NIST 800-63B)', () => {
  it('accepts a long passphrase with no composition rules', () => {
    expect(codes('correct horse battery staple')).toEqual([]);
    expect(codes('alllowercaseletters')).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting characters not bytes', () => {
    expect(codes('elevenchars')).toEqual(['TOO_SHORT']);
    expect(codes('twelve chars')).toEqual([]);
    expect(codes('ÅÅÅÅÅÅÅÅÅÅÅé')).toEqual([]);
  });

  it('allows at least 64 characters and refuses beyond the maximum', () => {
    expect(codes('a sentence of sixty four characters is fine to use as a password')).toEqual([]);
    expect(codes('x'.repeat(PASSWORD_MAX_LENGTH + 1).replace(/x/g, (_, i) => String.fromCharCode(97 + (i % 7))))).toContain('TOO_LONG');
  });

  it('refuses passwords on the common list, whatever their case', () => {
    const isCommon = (p: string) => p === 'passwordpassword';
    expect(codes('PasswordPassword', { isCommon })).toEqual(['COMMON']);
  });

  it('refuses repetitive and sequential passwords', () => {
    expect(codes('aaaaaaaaaaaa')).toEqual(['COMMON']);
    expect(codes('123456789012')).toEqual(['COMMON']);
    expect(codes('abcdefghijklm')).toEqual(['COMMON']);
    expect(codes('abcdefghijkx')).toEqual([]);
  });

  it('refuses a password containing the username, and lists every problem at once', () => {
    expect(codes('jsmith-is-my-password', { username: 'JSmith' })).toEqual(['CONTAINS_USERNAME']);
    expect(codes('jsmith', { username: 'jsmith' })).toEqual(['TOO_SHORT', 'CONTAINS_USERNAME']);
  });
});

describe('buddy PINs', () => {
  it.each([
    ['246810', []],
    ['90210437', []],
    ['12345', ['The PIN must be 6 to 12 digits']],
    ['12a456', ['The PIN must be 6 to 12 digits']],
    ['1234567890123', ['The PIN must be 6 to 12 digits']],
    ['111111', ['Choose a PIN that is not one digit repeated or a run like 123456']],
    ['123456', ['Choose a PIN that is not one digit repeated or a run like 123456']],
    ['987654', ['Choose a PIN that is not one digit repeated or a run like 123456']],
  ])('%s → %j', (pin, problems) => {
    expect(pinProblems(pin)).toEqual(problems);
  });
});

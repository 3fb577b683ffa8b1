import { safeReturnUrl } from '@peerpath/web/auth/return-url';

describe('safeReturnUrl', () => {
  it.each(['/cohorts/c1', '/buddies?stage=approved&page=2', '/concerns/new?buddy=b1#top'])('keeps a path on this site: %s', (url) => {
    expect(safeReturnUrl(url)).toBe(url);
  });

  it.each([
    ['another site', '//evil.example/x'],
    ['a backslash trick', '/\\evil.example'],
    ['an absolute address', 'https://evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative path', 'cohorts'],
    ['a control character', '/cohorts\n/x'],
    ['the home page (nothing to come back to)', '/'],
    ['the sign-in page itself', '/sign-in?returnUrl=%2Fx'],
    ['nothing', undefined],
    ['not a string', ['/cohorts']],
  ])('refuses %s', (_, url) => {
    expect(safeReturnUrl(url)).toBeNull();
  });
});

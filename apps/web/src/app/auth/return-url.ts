import { Router, UrlTree } from '@angular/router';

/**
 * The address to go to after signing in, when it is safe: a path on this site ("/cohorts/c1"),
 * never another site ("//evil.example", "/\evil.example", "https://…") nor the sign-in page itself.
 */
export function safeReturnUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return null;
  if (value.includes('\\') || value.startsWith('//') || [...value].some((c) => c.charCodeAt(0) < 32)) return null;
  if (value === '/' || /^\/sign-in(?:[/?#]|$)/.test(value)) return null;
  return value;
}

/** /sign-in, remembering where the person was going when that is worth coming back to. */
export function signInTree(router: Router, url: string | undefined): UrlTree {
  const returnUrl = safeReturnUrl(url);
  return router.createUrlTree(['/sign-in'], returnUrl ? { queryParams: { returnUrl } } : {});
}

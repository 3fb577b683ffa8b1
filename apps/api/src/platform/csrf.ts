import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { toApiError } from './api-exception.filter';
import { DomainError } from './domain-error';
import { SESSION_COOKIE } from './sessions';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ROTATE = Symbol('rotateXsrfToken');

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The session id inside express-session's signed cookie ("s:<id>.<signature>"), if genuine. */
function sessionIdOf(cookie: unknown, secret: string): string | null {
  if (typeof cookie !== 'string' || !cookie.startsWith('s:')) return null;
  const signed = cookie.slice(2);
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = signed.slice(0, dot);
  const expected = createHmac('sha256', secret).update(id).digest('base64').replace(/=+$/, '');
  return equal(expected, signed.slice(dot + 1)) ? id : null;
}

/**
 * Angular's double-submit convention, signed and bound to the session (OWASP's "signed double-submit
 * cookie" with session binding): any GET under /api hands out an XSRF-TOKEN cookie, and every
 * state-changing request must echo it in X-XSRF-TOKEN. The token is `nonce.HMAC(secret, binding, nonce)`,
 * where the binding is the session id from the session cookie, so a token taken from one client's
 * session is refused with another's. Before sign-in there is no session (none is stored for anonymous
 * visitors, so browsing cannot fill the sessions table): the binding is then a random visitor id in an
 * httpOnly cookie of its own, which protects the sign-in POST the same way. Sign-in and sign-out
 * change the binding, and rotateXsrfToken hands out the new token in their answers; Angular reads the
 * cookie afresh on every request. A session that has ended keeps its id in the cookie, so its token
 * still passes here and the route answers 401 "sign in", as the web app expects.
 */
export function csrfProtection(secret: string, secureCookie: boolean) {
  // __Host- in production: only this exact origin, over HTTPS, can set it (no sibling subdomain).
  const visitorCookie = secureCookie ? '__Host-peerpath.visitor' : 'peerpath.visitor';
  const sign = (binding: string, nonce: string) => createHmac('sha256', secret).update(`${binding}\n${nonce}`).digest('base64url');
  const issue = (binding: string) => {
    const nonce = randomBytes(24).toString('base64url');
    return `${nonce}.${sign(binding, nonce)}`;
  };
  const isGenuine = (token: string, binding: string) => {
    const [nonce, signature, extra] = token.split('.');
    return !!nonce && !!signature && extra === undefined && equal(sign(binding, nonce), signature);
  };
  const visitorOf = (req: Request): string | null => {
    const visitor: unknown = req.cookies?.[visitorCookie];
    return typeof visitor === 'string' && /^[\w-]{32}$/.test(visitor) ? visitor : null;
  };
  const bindingOf = (req: Request): string | null => {
    const sessionId = sessionIdOf(req.cookies?.[SESSION_COOKIE], secret);
    if (sessionId) return `session:${sessionId}`;
    const visitor = visitorOf(req);
    return visitor ? `visitor:${visitor}` : null;
  };
  const setToken = (res: Response, binding: string) =>
    res.cookie(XSRF_COOKIE, issue(binding), { httpOnly: false, sameSite: 'strict', secure: secureCookie, path: '/' });
  const newVisitor = (res: Response) => {
    const visitor = randomBytes(24).toString('base64url');
    res.cookie(visitorCookie, visitor, { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/' });
    return `visitor:${visitor}`;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    (req as unknown as Record<symbol, unknown>)[ROTATE] = (sessionId: string | null) => {
      const visitor = visitorOf(req);
      setToken(res, sessionId ? `session:${sessionId}` : visitor ? `visitor:${visitor}` : newVisitor(res));
    };
    const cookie: string | undefined = req.cookies?.[XSRF_COOKIE];
    const binding = bindingOf(req);
    if (SAFE_METHODS.has(req.method)) {
      if (!binding) setToken(res, newVisitor(res));
      else if (!cookie || !isGenuine(cookie, binding)) setToken(res, binding);
      return next();
    }
    const header = req.get(XSRF_HEADER);
    if (binding && cookie && header && equal(cookie, header) && isGenuine(cookie, binding)) return next();
    const { body } = toApiError(
      new DomainError(403, 'CSRF_TOKEN_INVALID', 'The request was refused because it did not carry a valid XSRF token: reload the page and try again'),
    );
    res.status(403).json(body);
  };
}

/**
 * Hands out a new XSRF token bound to the session just started (sign-in) or, with null, to the
 * visitor once the session has ended (sign-out): the token from before no longer passes.
 */
export function rotateXsrfToken(req: Request, sessionId: string | null): void {
  const rotate = (req as unknown as Record<symbol, ((sessionId: string | null) => void) | undefined>)[ROTATE];
  if (!rotate) throw new Error('csrfProtection must run before rotateXsrfToken');
  rotate(sessionId);
}

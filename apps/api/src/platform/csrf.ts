import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { toApiError } from './api-exception.filter';
import { DomainError } from './domain-error';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Angular's double-submit convention, signed: any GET under /api hands out an
 * XSRF-TOKEN cookie; every state-changing request must echo it in X-XSRF-TOKEN.
 * Signing with the session secret stops a cookie planted by a sibling subdomain being accepted.
 */
export function csrfProtection(secret: string, secureCookie: boolean) {
  const sign = (nonce: string) => createHmac('sha256', secret).update(nonce).digest('base64url');
  const issue = () => {
    const nonce = randomBytes(24).toString('base64url');
    return `${nonce}.${sign(nonce)}`;
  };
  const isGenuine = (token: string) => {
    const [nonce, signature] = token.split('.');
    if (!nonce || !signature) return false;
    const expected = Buffer.from(sign(nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const cookie: string | undefined = req.cookies?.[XSRF_COOKIE];
    if (SAFE_METHODS.has(req.method)) {
      if (!cookie || !isGenuine(cookie)) {
        res.cookie(XSRF_COOKIE, issue(), { httpOnly: false, sameSite: 'strict', secure: secureCookie, path: '/' });
      }
      return next();
    }
    const header = req.get(XSRF_HEADER);
    const matches =
      !!cookie && !!header && cookie.length === header.length && timingSafeEqual(Buffer.from(cookie), Buffer.from(header)) && isGenuine(cookie);
    if (matches) return next();
    const { body } = toApiError(
      new DomainError(403, 'CSRF_TOKEN_INVALID', 'The request was refused because it did not carry a valid XSRF token: reload the page and try again'),
    );
    res.status(403).json(body);
  };
}

import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** A fresh nonce per response, for the styles Angular adds at run time (see index.html's ngCspNonce). */
export function cspNonce(_req: Request, res: Response, next: NextFunction): void {
  res.locals['cspNonce'] = randomBytes(16).toString('base64');
  next();
}

/** A strict Content-Security-Policy that the Angular app satisfies: no inline script at all. */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals['cspNonce']}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only means something behind TLS, which production has and localhost does not.
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Swagger UI ships an inline stylesheet and bootstrap script; allow them on the docs page only.
 * As on every page, HSTS and upgrade-insecure-requests only in production: over plain HTTP on
 * localhost they would send the browser to an https:// that is not there.
 */
export function docsSecurityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the production build of apps/web lands, next to the API's own bundle. */
export function defaultWebDist(): string {
  return join(__dirname, '..', 'web', 'browser');
}

/**
 * Serves the Angular app on the API's port: static files, and index.html for every
 * other non-API path (client-side routes), with this response's CSP nonce filled in.
 * Returns false when there is no web build to serve.
 */
export function serveWebApp(app: INestApplication, webDist: string): boolean {
  const indexFile = join(webDist, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile, 'utf8');
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  http.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(indexHtml.replace(/__CSP_NONCE__/g, String(res.locals['cspNonce'])));
  });
  return true;
}

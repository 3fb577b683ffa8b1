import { Logger as NestLogger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@peerpath/api/config/config';
import { ApiExceptionFilter, middlewareErrorHandler } from './api-exception.filter';
import { csrfProtection } from './csrf';
import { refuseDeepJson } from './json-depth';
import { assignRequestId, withRequestContext } from './request-context';
import { cspNonce, docsSecurityHeaders, securityHeaders } from './security-headers';
import { sessionMiddleware, unlessSessionless } from './sessions';
import { createValidationPipe } from './validation';
import { defaultWebDist, serveWebApp } from './web-app';

/** Everything between the socket and the controllers, shared by main.ts and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): { servesWeb: boolean } {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');

  app.use(assignRequestId);
  app.use(cspNonce);
  const pageHeaders = securityHeaders(config.production);
  const docsHeaders = docsSecurityHeaders(config.production);
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? docsHeaders(req, res, next) : pageHeaders(req, res, next),
  );
  app.use(cookieParser());
  app.use('/api', express.json({ limit: '100kb' }));
  app.use('/api', express.urlencoded({ extended: false, limit: '100kb' }));
  app.use('/api', refuseDeepJson);
  // Malformed JSON, oversized bodies and a session store that cannot reach the database all fail
  // before Nest, so its exception filter never sees them: answer them here in the same shape.
  const middlewareErrors = middlewareErrorHandler(new NestLogger('Middleware'));
  app.use('/api', middlewareErrors);
  app.use('/api', unlessSessionless(sessionMiddleware(config, app.get(DataSource))));
  app.use('/api', csrfProtection(config.sessionSecret, config.production));
  app.use('/api', middlewareErrors);
  app.use('/api', withRequestContext);

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Peerpath API')
      .setDescription('Training, supervision and certification of prison buddies. Sign in at POST /api/auth/login; send the XSRF-TOKEN cookie back as X-XSRF-TOKEN on every change.')
      .setVersion(config.version)
      .addCookieAuth('peerpath.sid')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  return { servesWeb: serveWebApp(app, config.webDist ?? defaultWebDist()) };
}

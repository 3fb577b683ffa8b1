import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@peerpath/contracts';
import type { NextFunction, Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';

const DEFAULT_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'NOT_SIGNED_IN',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** Turns anything thrown into the one error shape the web app understands. */
export function toApiError(exception: unknown): { body: ApiError; headers?: Record<string, string> } {
  if (exception instanceof DomainError) {
    return {
      body: { statusCode: exception.status, code: exception.code, message: exception.message, fieldErrors: exception.fieldErrors, reasons: exception.reasons, people: exception.people },
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const fromResponse = typeof response === 'object' && response !== null ? (response as Partial<ApiError>) : {};
    const message = typeof fromResponse.message === 'string' ? fromResponse.message : exception.message;
    return {
      body: {
        statusCode: status,
        code: typeof fromResponse.code === 'string' ? fromResponse.code : (DEFAULT_CODES[status] ?? 'ERROR'),
        message,
        fieldErrors: fromResponse.fieldErrors,
      },
    };
  }
  // Body-parser and similar middleware errors carry their own 4xx status.
  const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
  const type = (exception as { type?: unknown })?.type;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const malformed = type === 'entity.parse.failed';
    return {
      body: {
        statusCode: status,
        code: malformed ? 'MALFORMED_JSON' : (DEFAULT_CODES[status] ?? 'BAD_REQUEST'),
        message: malformed ? 'The request body is not valid JSON' : String((exception as Error).message),
      },
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      body: { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'The service cannot reach its database just now: please try again in a few moments' },
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
    // Unique and foreign-key violations that a service did not anticipate are still the caller's conflict.
    if (pgCode === '23505') return { body: { statusCode: 409, code: 'ALREADY_EXISTS', message: 'A record with these details already exists' } };
    if (pgCode === '23503') return { body: { statusCode: 409, code: 'REFERENCE_IN_USE', message: 'The record refers to, or is referred to by, another record' } };
    // Malformed text, a character PostgreSQL cannot store (NUL), or a number or date out of range.
    if (pgCode === '22P02' || pgCode === '22021' || pgCode === '22003' || pgCode === '22008' || pgCode === '22007') {
      return { body: { statusCode: 400, code: 'BAD_REQUEST', message: 'A value in the request has the wrong format' } };
    }
  }
  return { body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side' } };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { body, headers } = toApiError(exception);
    if (body.statusCode === 503) this.logger.warn(`Database unavailable: ${describe(exception)}`);
    else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    sendApiError(res, body, headers);
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? exception.message || exception.name : String(exception);
}

export function sendApiError(res: Response, body: ApiError, headers?: Record<string, string>): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  res.status(body.statusCode).json(body);
}

/**
 * Express error handler for the middleware before Nest (body parsing, the session store, CSRF):
 * their errors never reach ApiExceptionFilter, so answer them here in the same shape.
 */
export function middlewareErrorHandler(logger: { warn(message: string): void; error(message: string): void }) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (!err) return next();
    const { body, headers } = toApiError(err);
    if (body.statusCode === 503) logger.warn(`Database unavailable: ${describe(err)}`);
    else if (body.statusCode >= 500) logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    sendApiError(res, body, headers);
  };
}

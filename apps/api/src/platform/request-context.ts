import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

interface RequestContext {
  requestId: string;
  /** Set by the idempotency interceptor on the create routes when the caller sent a key. */
  idempotency?: IdempotencyClaim;
}

/** What a create request with an Idempotency-Key must claim inside its own transaction. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  /** The status the route answers on success (201 for a create). */
  status: number;
  /** Set once the key has been claimed, so a second transaction in the same request does not claim again. */
  claimed: boolean;
}

const context = new AsyncLocalStorage<RequestContext>();

/**
 * The request's id: the caller's X-Request-Id if it is sane, else a fresh one. Assigned once and
 * echoed back, so logs (pino-http asks here too), audit events and the caller all name the same request.
 */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const request = req as IncomingMessage & { id?: unknown };
  if (typeof request.id === 'string') return request.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  request.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Middleware: gives the request its id at the door, so every response carries one. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  requestIdOf(req, res);
  next();
}

/**
 * Middleware: runs the rest of the request with its id in async context, so whatever it causes
 * (every audit event) carries the id without passing it through each call (HMPPS: request ids in
 * logs and audit). Mounted after the session and CSRF middleware, just before Nest: their
 * callback-style database calls would not carry the context through.
 */
export function withRequestContext(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  context.run({ requestId: requestIdOf(req, res) }, next);
}

/** The id of the request being served, or null outside one (start-up, the demo seed, the CLI). */
export function currentRequestId(): string | null {
  return context.getStore()?.requestId ?? null;
}

/** The idempotency claim of the request being served, if it carries one. */
export function currentIdempotency(): IdempotencyClaim | undefined {
  return context.getStore()?.idempotency;
}

/** Attaches a claim to the request being served (the context object is the request's own). */
export function setIdempotency(claim: IdempotencyClaim): boolean {
  const store = context.getStore();
  if (!store) return false;
  store.idempotency = claim;
  return true;
}

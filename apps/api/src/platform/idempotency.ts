import { applyDecorators, HttpStatus, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from './domain-error';
import { currentIdempotency, setIdempotency, type IdempotencyClaim } from './request-context';

/*
 * Retries after a lost answer. A create route marked @Idempotent() accepts an Idempotency-Key
 * header; the key is claimed in the same transaction as the change and the answer is stored with
 * it, so a crash commits both or neither. A repeat of the key by the same person within 24 hours
 * gets the first answer back and writes nothing. Everything is in the database, shared by every
 * API process; nothing is held in memory.
 */

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const SANE_KEY = /^[A-Za-z0-9_-]{1,100}$/;
/** How long a key is remembered. Kept in SQL so that the database clock alone decides. */
const KEPT_FOR = `interval '24 hours'`;
/** Expired keys removed by each claim: enough to keep the table small, never a long delete. */
const CLEAN_UP_AT_MOST = 50;

const IDEMPOTENT = 'peerpath:idempotent';

/** A repeat whose first answer is stored: thrown inside the transaction so it writes nothing. */
class Replay extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('Idempotent replay');
  }
}

const reused = () =>
  new DomainError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used for a different request: send a new key for a new request',
  );

interface StoredRequest {
  requestHash: string;
  status: number;
  response: unknown;
}

/** The same JSON whatever order its keys came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical({ method, path, body: body ?? null }))).digest('hex');
}

/**
 * Runs `work` in a transaction. When the request being served carries an Idempotency-Key, the
 * key is claimed first, in the same transaction, and what `work` returns is stored as the answer:
 * so `work` must return the route's whole answer. A concurrent request with the same key waits
 * on the claim and then gets the stored answer.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const claim = currentIdempotency();
  if (!claim || claim.claimed) return dataSource.transaction(work);
  const result = await dataSource.transaction(async (manager) => {
    await claimKey(manager, claim);
    const answer = await work(manager);
    await manager.query(`UPDATE idempotent_requests SET response = $3::json WHERE user_id = $1 AND key = $2`, [claim.userId, claim.key, JSON.stringify(answer ?? null)]);
    return answer;
  });
  claim.claimed = true;
  return result;
}

async function claimKey(manager: EntityManager, claim: IdempotencyClaim, again = true): Promise<void> {
  // This key if it has expired, and a few other expired keys: cleaning up as we go, skipping rows others hold.
  await manager.query(
    `DELETE FROM idempotent_requests
      WHERE created_at <= now() - ${KEPT_FOR}
        AND ((user_id = $1 AND key = $2)
             OR (user_id, key) IN (SELECT user_id, key FROM idempotent_requests WHERE created_at <= now() - ${KEPT_FOR}
                                    ORDER BY created_at LIMIT ${CLEAN_UP_AT_MOST} FOR UPDATE SKIP LOCKED))`,
    [claim.userId, claim.key],
  );
  // A concurrent claim of the same key makes this wait until that transaction ends.
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotent_requests (user_id, key, method, path, request_hash, status) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [claim.userId, claim.key, claim.method, claim.path, claim.requestHash, claim.status],
  );
  if (inserted.length) return;
  const stored = await storedRequest(manager, claim.userId, claim.key);
  // Gone between the two statements (expired and cleaned up by another request): claim it once more.
  if (!stored && again) return claimKey(manager, claim, false);
  if (!stored) throw new Error(`Idempotency-Key ${claim.key} could be neither claimed nor read`);
  if (stored.requestHash !== claim.requestHash) throw reused();
  throw new Replay(stored.status, stored.response);
}

async function storedRequest(manager: EntityManager, userId: string, key: string): Promise<StoredRequest | undefined> {
  const [row] = await manager.query(
    `SELECT request_hash AS "requestHash", status, response FROM idempotent_requests WHERE user_id = $1 AND key = $2 AND created_at > now() - ${KEPT_FOR}`,
    [userId, key],
  );
  return row;
}

/**
 * Reads the key, answers a repeat from the stored answer before the handler runs (a retry must
 * not trip over the state its first attempt left, like "already released"), and otherwise hands
 * the claim to `inTransaction` through the request's context.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.handle(context, next));
  }

  private async handle(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const http = context.switchToHttp();
    // The access guard has loaded the actor (platform does not import auth: only its id is needed).
    const req = http.getRequest<Request & { actor?: { id: string } }>();
    const res = http.getResponse<Response>();
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !req.actor) return lastValueFrom(next.handle(), { defaultValue: undefined });
    if (typeof key !== 'string' || !SANE_KEY.test(key)) {
      throw new DomainError(HttpStatus.BAD_REQUEST, 'IDEMPOTENCY_KEY_INVALID', 'The Idempotency-Key header must be 1 to 100 letters, digits, hyphens or underscores');
    }
    const path = req.originalUrl.split('?')[0];
    const claim: IdempotencyClaim = {
      userId: req.actor.id,
      key,
      method: req.method,
      path,
      requestHash: requestHash(req.method, path, req.body),
      status: Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK),
      claimed: false,
    };
    const replay = (status: number, body: unknown) => {
      res.status(status).setHeader('Idempotent-Replayed', 'true');
      return body;
    };

    const stored = await storedRequest(this.dataSource.manager, claim.userId, key);
    if (stored) {
      if (stored.requestHash !== claim.requestHash) throw reused();
      return replay(stored.status, stored.response);
    }
    if (!setIdempotency(claim)) throw new Error('Idempotency-Key needs the request context (withRequestContext)');
    try {
      return await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (error instanceof Replay) return replay(error.status, error.body);
      throw error;
    }
  }
}

/** Marks a create route: it accepts an Idempotency-Key, and its service writes through `inTransaction`. */
export const Idempotent = () => applyDecorators(SetMetadata(IDEMPOTENT, true), UseInterceptors(IdempotencyInterceptor));

export const isIdempotent = (handler: object): boolean => Reflect.getMetadata(IDEMPOTENT, handler) === true;

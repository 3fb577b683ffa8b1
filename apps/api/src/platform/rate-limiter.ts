import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from './domain-error';

export interface RateLimit {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** A request let through, counted as one hit until it is given back. */
export interface TakenHit {
  allowed: true;
  hitId: string;
}

/** More than one row per request, so pruning always outpaces the hits being added. */
const PRUNE_BATCH = 50;

/**
 * Counts requests per key (e.g. an address) in PostgreSQL, so the limit holds across every
 * API process. Counting and deciding happen under one lock per key, so requests sent at once
 * cannot all see the count below the limit; a refused request is not counted. Each request also
 * deletes up to PRUNE_BATCH expired hits of its bucket (any key), so the table stays the size of
 * one window rather than keeping a row per address for ever; over the limit is a 429 with Retry-After.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(rule: RateLimit, key: string): Promise<void> {
    if (!(await this.take(rule, key)).allowed) throw tooManyRequests(rule);
  }

  /** Counts this request if it is within the limit; refuses it (uncounted) if not. */
  take(rule: RateLimit, key: string): Promise<TakenHit | { allowed: false }> {
    const keyText = key.slice(0, 64);
    return this.dataSource.transaction(async (manager) => {
      // A transaction-scoped lock per bucket and key: the others for this key wait here.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`, [rule.bucket, keyText]);
      // Only hits inside the window count; older ones, for any key, are pruned a batch at a time.
      await manager.query(
        `DELETE FROM rate_limit_hits WHERE id IN (
           SELECT id FROM rate_limit_hits WHERE bucket = $1 AND hit_at < now() - make_interval(secs => $2)
            ORDER BY hit_at LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`,
        [rule.bucket, rule.windowSeconds],
      );
      const [{ hits }]: { hits: number }[] = await manager.query(
        `SELECT count(*)::int AS hits FROM rate_limit_hits WHERE bucket = $1 AND key = $2 AND hit_at >= now() - make_interval(secs => $3)`,
        [rule.bucket, keyText, rule.windowSeconds],
      );
      if (hits >= rule.limit) return { allowed: false } as const;
      const [{ id }]: { id: string }[] = await manager.query(`INSERT INTO rate_limit_hits (bucket, key) VALUES ($1, $2) RETURNING id`, [rule.bucket, keyText]);
      return { allowed: true, hitId: String(id) } as const;
    });
  }

  /** Gives a hit back: for limits that count only failures, once the request has succeeded. */
  async giveBack(hit: TakenHit): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_hits WHERE id = $1`, [hit.hitId]);
  }
}

export function tooManyRequests(rule: RateLimit): DomainError {
  return new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', 'Too many requests: wait a minute and try again', undefined, {
    'Retry-After': String(rule.windowSeconds),
  });
}

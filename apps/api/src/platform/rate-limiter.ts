import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from './domain-error';
import { prepared, runPrepared } from './prepared';

export interface RateLimit {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** A request let through, counted as one hit until it is given back. */
export interface TakenHit {
  allowed: true;
  bucket: string;
  key: string;
  /** When it was counted, exactly as stored (text, to the microsecond), so giving it back finds it. */
  at: string;
}

/** More than one row per request, so pruning always outpaces the keys being added. */
const PRUNE_BATCH = 50;

/**
 * One statement, one round trip. The upsert locks the key's row (or inserts it) and decides on the
 * row as it stands after any request that held the lock before, so requests sent at once cannot all
 * see the count below the limit: the hits still inside the window are kept, this one is appended,
 * unless there are already `limit` of them, when nothing is written and nothing is returned (a refused
 * request is not counted). Alongside, up to PRUNE_BATCH rows of this bucket whose last hit is past the
 * window (other keys: this key's own row is the upsert's) are deleted, skipping any that are locked.
 */
const TAKE = prepared(
  'rate_limit_take',
  `WITH pruned AS (
     DELETE FROM rate_limits WHERE (bucket, key) IN (
       SELECT bucket, key FROM rate_limits
        WHERE bucket = $1 AND key <> $2 AND last_hit_at < now() - make_interval(secs => $3)
        ORDER BY last_hit_at LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED))
   INSERT INTO rate_limits AS r (bucket, key, hits, last_hit_at) VALUES ($1, $2, ARRAY[now()], now())
   ON CONFLICT (bucket, key) DO UPDATE
      SET hits = ARRAY(SELECT h FROM unnest(r.hits) h WHERE h >= now() - make_interval(secs => $3) ORDER BY h) || now(), last_hit_at = now()
    WHERE (SELECT count(*) FROM unnest(r.hits) h WHERE h >= now() - make_interval(secs => $3)) < $4
   RETURNING now()::text AS at`,
);

/** Removes one hit (the first at that time) from the key's row. */
const GIVE_BACK = prepared(
  'rate_limit_give_back',
  `UPDATE rate_limits SET hits = hits[:array_position(hits, $3::timestamptz) - 1] || hits[array_position(hits, $3::timestamptz) + 1:]
    WHERE bucket = $1 AND key = $2 AND $3::timestamptz = ANY (hits)`,
);

/**
 * Counts requests per key (e.g. an address) in PostgreSQL, so the limit holds across every API
 * process: a sliding window of the last `windowSeconds`, decided and counted in one atomic
 * statement (TAKE). The table stays the size of one window's keys rather than keeping a row per
 * address for ever; over the limit is a 429 with Retry-After.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(rule: RateLimit, key: string): Promise<void> {
    if (!(await this.take(rule, key)).allowed) throw tooManyRequests(rule);
  }

  /** Counts this request if it is within the limit; refuses it (uncounted) if not. */
  async take(rule: RateLimit, key: string): Promise<TakenHit | { allowed: false }> {
    const keyText = key.slice(0, 64);
    const [taken] = await runPrepared<{ at: string }>(this.dataSource, TAKE, [rule.bucket, keyText, rule.windowSeconds, rule.limit]);
    return taken ? { allowed: true, bucket: rule.bucket, key: keyText, at: taken.at } : { allowed: false };
  }

  /** Gives a hit back: for limits that count only failures, once the request has succeeded. */
  async giveBack(hit: TakenHit): Promise<void> {
    await runPrepared(this.dataSource, GIVE_BACK, [hit.bucket, hit.key, hit.at]);
  }
}

export function tooManyRequests(rule: RateLimit): DomainError {
  return new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', 'Too many requests: wait a minute and try again', undefined, {
    'Retry-After': String(rule.windowSeconds),
  });
}

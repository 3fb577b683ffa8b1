import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from './domain-error';

export interface RateLimit {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts requests per key (e.g. an address) in PostgreSQL, so the limit holds across every
 * API process. Old hits for the key are cleared as it goes; over the limit is a 429 with Retry-After.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(rule: RateLimit, key: string): Promise<void> {
    const [{ hits }] = await this.dataSource.query(
      `WITH cleared AS (DELETE FROM rate_limit_hits WHERE bucket = $1 AND key = $2 AND hit_at < now() - make_interval(secs => $3)),
            added AS (INSERT INTO rate_limit_hits (bucket, key) VALUES ($1, $2))
       SELECT count(*)::int AS hits FROM rate_limit_hits WHERE bucket = $1 AND key = $2 AND hit_at >= now() - make_interval(secs => $3)`,
      [rule.bucket, key.slice(0, 64), rule.windowSeconds],
    );
    // The count does not see this statement's own insert, so it is the hits before this one.
    if (hits >= rule.limit) {
      throw new DomainError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', 'Too many requests: wait a minute and try again', undefined, { 'Retry-After': String(rule.windowSeconds) });
    }
  }
}

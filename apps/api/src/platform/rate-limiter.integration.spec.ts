import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';
import { RateLimiter } from './rate-limiter';

const VERIFY = { bucket: 'verify', limit: 3, windowSeconds: 60 };

describe('rate limiter: old hits go (real PostgreSQL)', () => {
  let t: TestApp;
  let limiter: RateLimiter;
  beforeAll(async () => {
    t = await createTestApp();
    limiter = t.app.get(RateLimiter);
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query(`DELETE FROM rate_limits`));

  /** Hits made `secondsAgo`, from `addresses` one each (an address named twice has two). */
  const hitsFrom = (bucket: string, addresses: string[], secondsAgo: number) =>
    t.dataSource.query(
      `INSERT INTO rate_limits AS r (bucket, key, hits, last_hit_at)
       SELECT $1, k, array_agg(now() - make_interval(secs => $3)), now() - make_interval(secs => $3) FROM unnest($2::text[]) k GROUP BY k
       ON CONFLICT (bucket, key) DO UPDATE SET hits = r.hits || excluded.hits, last_hit_at = greatest(r.last_hit_at, excluded.last_hit_at)`,
      [bucket, addresses, secondsAgo],
    );
  const keysLeft = async (bucket: string) =>
    ((await t.dataSource.query(`SELECT key FROM rate_limits WHERE bucket = $1 ORDER BY key`, [bucket])) as { key: string }[]).map((r) => r.key);

  it('deletes hits past their window from addresses that never come back, and keeps those still counting', async () => {
    const gone = Array.from({ length: 120 }, (_, i) => `10.0.0.${i}`);
    await hitsFrom('verify', gone, 3600);
    await hitsFrom('verify', ['10.9.9.9'], 10);
    // A longer window in another bucket: its hits are not the verify limit's to prune.
    await hitsFrom('sign-in-failures', ['10.0.0.1'], 3600);

    // A few requests from one new address clear the backlog a batch at a time.
    for (let i = 0; i < 3; i++) expect((await limiter.take(VERIFY, '192.0.2.1')).allowed).toBe(true);

    expect(await keysLeft('verify')).toEqual(['10.9.9.9', '192.0.2.1']);
    expect(await keysLeft('sign-in-failures')).toEqual(['10.0.0.1']);
  });

  it('counts only hits inside the window: an address over the limit an hour ago is let through', async () => {
    await hitsFrom('verify', ['192.0.2.7', '192.0.2.7', '192.0.2.7', '192.0.2.7'], 3600);
    expect((await limiter.take(VERIFY, '192.0.2.7')).allowed).toBe(true);
    expect((await limiter.take(VERIFY, '192.0.2.7')).allowed).toBe(true);
    await hitsFrom('verify', ['192.0.2.7'], 30);
    expect((await limiter.take(VERIFY, '192.0.2.7')).allowed).toBe(false);
  });

  it('frees the place of a hit given back, and only that one', async () => {
    const first = await limiter.take(VERIFY, '192.0.2.9');
    expect(first.allowed).toBe(true);
    expect((await limiter.take(VERIFY, '192.0.2.9')).allowed).toBe(true);
    expect((await limiter.take(VERIFY, '192.0.2.9')).allowed).toBe(true);
    expect((await limiter.take(VERIFY, '192.0.2.9')).allowed).toBe(false);
    if (first.allowed) await limiter.giveBack(first);
    expect((await limiter.take(VERIFY, '192.0.2.9')).allowed).toBe(true);
    expect((await limiter.take(VERIFY, '192.0.2.9')).allowed).toBe(false);
  });
});

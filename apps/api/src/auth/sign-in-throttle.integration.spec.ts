import request from 'supertest';
import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

// Its own file (and so its own app): passport keeps one strategy per process-wide name.
describe('limits per address hold when requests arrive at once (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Listening on a port of its own, so parallel requests share one server rather than each starting one.
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => t.close());

  const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

  it('evaluates at most the limit of 120 failed sign-ins sent at once from one address, then refuses the right password too', async () => {
    const limit = t.config.signIn.maxFailuresPerAddress;
    expect(limit).toBe(50);
    const c = await t.client();
    // Successes do not count towards the address's failures.
    for (let i = 0; i < 3; i++) await c.signIn('trainer').expect(200);

    const answers = await Promise.all(Array.from({ length: 120 }, (_, i) => c.signIn(`nobody-${i}`, 'wrong-password-xx')));
    const statuses = answers.map((res) => res.status);
    const evaluated = count(statuses, 401);
    const refused = count(statuses, 429);
    console.info(`120 parallel failed sign-ins from one address (limit ${limit}): ${evaluated} evaluated, ${refused} refused`);
    expect({ evaluated, refused }).toEqual({ evaluated: limit, refused: 120 - limit });
    expect(answers.find((res) => res.status === 429)?.body.code).toBe('TOO_MANY_ATTEMPTS');

    const [{ checked, limited }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE outcome = 'unknown_user')::int AS checked, count(*) FILTER (WHERE outcome = 'address_limited')::int AS limited
         FROM sign_in_attempts WHERE username LIKE 'nobody-%'`,
    );
    expect({ checked, limited }).toEqual({ checked: limit, limited: 120 - limit });

    const refusedRight = await c.signIn('coordinator').expect(429);
    expect(refusedRight.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refusedRight.headers['retry-after']).toBe(String(t.config.signIn.windowMinutes * 60));
  });

  it('holds the certificate check limit when 60 checks arrive at once', async () => {
    const server = t.app.getHttpServer();
    const answers = await Promise.all(Array.from({ length: 60 }, () => request(server).get('/api/verify/NoSuchCode123')));
    const statuses = answers.map((res) => res.status);
    console.info(`60 parallel certificate checks from one address (limit 30): ${count(statuses, 404)} answered, ${count(statuses, 429)} refused`);
    expect({ answered: count(statuses, 404), refused: count(statuses, 429) }).toEqual({ answered: 30, refused: 30 });
  });
});

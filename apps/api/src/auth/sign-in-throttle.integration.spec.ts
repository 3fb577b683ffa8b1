import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

// Its own file (and so its own app): passport keeps one strategy per process-wide name.
describe('sign-in throttling per address (real PostgreSQL)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ SIGN_IN_MAX_FAILURES_PER_ADDRESS: '3' });
  });
  afterAll(() => limited.close());

  it('refuses an address that has failed too often, whichever account it tries', async () => {
    const c = await limited.client();
    await c.signIn('nobody-1', 'wrong-password-xx').expect(401);
    await c.signIn('nobody-2', 'wrong-password-xx').expect(401);
    await c.signIn('nobody-3', 'wrong-password-xx').expect(401);
    const refused = await c.signIn('coordinator').expect(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
    const [{ count }] = await limited.dataSource.query(`SELECT count(*)::int AS count FROM sign_in_attempts WHERE outcome = 'address_limited'`);
    expect(count).toBe(1);
  });
});

import { createTestApp, DEMO_PASSWORD, type TestApp } from '@peerpath/api/testing/test-app';

describe('sign-in, sessions and sign-out (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_MAX_FAILURES: '5', SIGN_IN_LOCK_MINUTES: '15' });
  });
  afterAll(() => t.close());

  it('signs in with the demo password, sets an httpOnly session cookie and answers /me', async () => {
    const c = await t.client();
    const res = await c.signIn('coordinator').expect(200);
    expect(res.body).toMatchObject({ username: 'coordinator', displayName: 'Chris Coordinator' });
    expect(res.body.roles.map((r: { prisonCode: string }) => r.prisonCode).sort()).toEqual(['DAI', 'EXI']);
    const cookie = [res.headers['set-cookie']].flat().find((h: string) => h.startsWith('peerpath.sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.agent.get('/api/auth/me').expect(200);
    expect(me.body.username).toBe('coordinator');
  });

  it('treats the username case-insensitively', async () => {
    const c = await t.client();
    await c.signIn('Auditor').expect(200);
  });

  it('refuses a wrong password with 401 and the same message as an unknown user', async () => {
    const c = await t.client();
    const wrong = await c.signIn('trainer', 'not-the-password-at-all').expect(401);
    const unknown = await c.signIn('nobody-here', 'not-the-password-at-all').expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Enter a correct username and password' });
    expect(unknown.body).toEqual(wrong.body);
    await c.agent.get('/api/auth/me').expect(401);
  });

  it('answers 401 without a session', async () => {
    const c = await t.client();
    const res = await c.agent.get('/api/auth/me').expect(401);
    expect(res.body.code).toBe('NOT_SIGNED_IN');
  });

  it('locks an account after repeated failures, refuses even the right password, and records every attempt', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'admin'`);
    const c = await t.client();
    for (let i = 1; i <= 4; i++) await c.signIn('admin', `wrong-password-number-${i}`).expect(401);
    const fifth = await c.signIn('admin', 'wrong-password-number-5').expect(429);
    expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(0);

    const correct = await c.signIn('admin', DEMO_PASSWORD).expect(429);
    expect(correct.body.code).toBe('ACCOUNT_LOCKED');

    const attempts = await t.dataSource.query(`SELECT outcome FROM sign_in_attempts WHERE user_id = $1 ORDER BY id`, [id]);
    expect(attempts.map((a: { outcome: string }) => a.outcome)).toEqual([
      'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'account_locked',
    ]);

    // When the lock ends, the right password works again and the count starts afresh.
    await t.dataSource.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [id]);
    await c.signIn('admin', DEMO_PASSWORD).expect(200);
    const [user] = await t.dataSource.query(`SELECT failed_sign_ins, locked_until FROM users WHERE id = $1`, [id]);
    expect(user).toEqual({ failed_sign_ins: 0, locked_until: null });
  });

  it('signs out: the stored session is destroyed, so the old cookie no longer works', async () => {
    const c = await t.client();
    const signedIn = await c.signIn('trainer').expect(200);
    const sessionCookie = [signedIn.headers['set-cookie']].flat().find((h: string) => h.startsWith('peerpath.sid='))?.split(';')[0] as string;
    await c.post('/api/auth/logout').expect(204);
    await c.agent.get('/api/auth/me').expect(401);
    // Replaying the cookie captured before sign-out fails too: revocation is server-side.
    const replay = await (await t.client()).agent.get('/api/auth/me').set('Cookie', sessionCookie).expect(401);
    expect(replay.body.code).toBe('NOT_SIGNED_IN');
  });

  it('gives a new session id at sign-in (no session fixation)', async () => {
    const c = await t.client();
    const first = await c.signIn('trainer').expect(200);
    const second = await c.signIn('trainer').expect(200);
    const sid = (r: typeof first) => [r.headers['set-cookie']].flat().find((h: string) => h.startsWith('peerpath.sid='))?.split(';')[0];
    expect(sid(first)).toBeDefined();
    expect(sid(second)).not.toEqual(sid(first));
  });

  it('refuses sign-in without the XSRF header (403) and with a missing field (400)', async () => {
    const c = await t.client();
    const noToken = await c.agent.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(403);
    expect(noToken.body.code).toBe('CSRF_TOKEN_INVALID');
    const missing = await c.post('/api/auth/login', { username: 'admin' }).expect(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { password: ['Enter your password'] } });
  });
});

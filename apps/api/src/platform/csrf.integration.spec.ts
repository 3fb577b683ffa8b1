import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { HttpSession } from '@peerpath/api/bench/http-session';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { SESSION_COOKIE } from './sessions';

const cookieOf = (c: TestClient, name: string) => c.agent.jar.getCookie(name, { domain: '127.0.0.1', path: '/', secure: false, script: false })?.value;

describe('XSRF tokens are bound to the session (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** "Stay signed in" with exactly these cookies and header, as a forger holding them would send it. */
  const staySignedIn = (cookies: Record<string, string | undefined>, header: string) =>
    request(t.app.getHttpServer())
      .post('/api/auth/session')
      .set('Cookie', Object.entries(cookies).map(([name, value]) => `${name}=${value ?? ''}`))
      .set('X-XSRF-TOKEN', header);

  it("refuses client A's token with client B's session", async () => {
    const a = await t.client();
    const b = await t.client();
    await a.signIn('coordinator').expect(200);
    await b.signIn('trainer').expect(200);
    const bSession = cookieOf(b, SESSION_COOKIE);
    // B's own token works, so the refusal below is the binding and nothing else.
    await staySignedIn({ [SESSION_COOKIE]: bSession, 'XSRF-TOKEN': b.xsrf }, b.xsrf).expect(200);
    const refused = await staySignedIn({ [SESSION_COOKIE]: bSession, 'XSRF-TOKEN': a.xsrf }, a.xsrf).expect(403);
    expect(refused.body.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('hands out a new token at sign-in; the one from before sign-in no longer passes', async () => {
    const c = await t.client();
    const before = c.xsrf;
    const signedIn = await c.signIn('coordinator').expect(200);
    expect([signedIn.headers['set-cookie']].flat().some((cookie) => cookie?.startsWith('XSRF-TOKEN='))).toBe(true);
    expect(c.xsrf).not.toBe(before);
    const session = cookieOf(c, SESSION_COOKIE);
    await staySignedIn({ [SESSION_COOKIE]: session, 'XSRF-TOKEN': before }, before).expect(403);
    await c.post('/api/auth/session').expect(200);
  });

  it('protects the sign-in form before there is a session: a token from another visitor is refused', async () => {
    const a = await t.client();
    const b = await t.client();
    const signIn = (visitor: string | undefined, token: string) =>
      request(t.app.getHttpServer())
        .post('/api/auth/login')
        .set('Cookie', [`peerpath.visitor=${visitor ?? ''}`, `XSRF-TOKEN=${token}`])
        .set('X-XSRF-TOKEN', token)
        .send({ username: 'coordinator', password: 'peerpath-demo-2026' });
    expect((await signIn(cookieOf(b, 'peerpath.visitor'), a.xsrf).expect(403)).body.code).toBe('CSRF_TOKEN_INVALID');
    await signIn(undefined, a.xsrf).expect(403);
    await signIn(cookieOf(a, 'peerpath.visitor'), a.xsrf).expect(200);
  });

  it('hands out a new token at sign-out; the signed-in one no longer passes', async () => {
    const c = await t.client();
    await c.signIn('trainer').expect(200);
    const signedIn = c.xsrf;
    await c.post('/api/auth/logout').expect(204);
    expect(c.xsrf).not.toBe(signedIn);
    await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Cookie', [`peerpath.visitor=${cookieOf(c, 'peerpath.visitor')}`, `XSRF-TOKEN=${signedIn}`])
      .set('X-XSRF-TOKEN', signedIn)
      .send({ username: 'trainer', password: 'peerpath-demo-2026' })
      .expect(403);
    await c.signIn('trainer').expect(200);
  });

  it('lets a request with an ended session through to be told to sign in, as the web app expects', async () => {
    const c = await t.client();
    await c.signIn('trainer').expect(200);
    await t.dataSource.query(`DELETE FROM sessions`);
    expect((await c.post('/api/auth/session').expect(401)).body.code).toBe('NOT_SIGNED_IN');
    await c.signIn('trainer').expect(200);
  });

  it("lets the benchmark's client sign in and make changes with the new token", async () => {
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const bench = await HttpSession.signIn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'trainer', DEMO_PASSWORD);
      await expect(bench.request('POST', '/api/auth/session')).resolves.toMatchObject({ idleSeconds: expect.any(Number) });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

describe('platform: health, headers, validation and errors (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /api/health, /api/ping and /api/info without signing in', async () => {
    const c = await t.client();
    expect((await c.agent.get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'up' });
    expect((await c.agent.get('/api/ping').expect(200)).body).toEqual({ status: 'ok' });
    expect((await c.agent.get('/api/info').expect(200)).body).toMatchObject({ name: 'peerpath', gitSha: expect.any(String) });
  });

  it('sends security headers with a strict Content-Security-Policy and a request id', async () => {
    const res = await (await t.client()).agent.get('/api/ping').set('X-Request-Id', 'trace-me-123');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('trace-me-123');
  });

  it('hands out an XSRF-TOKEN cookie readable by the app, and refuses a forged or missing token', async () => {
    const c = await t.client();
    expect(c.xsrf).toMatch(/^[\w-]+\.[\w-]+$/);
    await c.agent.post('/api/auth/login').set('X-XSRF-TOKEN', 'forged.token').send({ username: 'a', password: 'b' }).expect(403);
    // A token that matches its cookie but was not signed by us is refused too.
    const fresh = await t.client();
    await fresh.agent
      .post('/api/auth/logout')
      .set('Cookie', 'XSRF-TOKEN=made.up')
      .set('X-XSRF-TOKEN', 'made.up')
      .expect(403);
  });

  it('answers malformed JSON with a 400 in the usual shape', async () => {
    const c = await t.client();
    const res = await c.agent
      .post('/api/auth/login')
      .set('X-XSRF-TOKEN', c.xsrf)
      .set('Content-Type', 'application/json')
      .send('{"username": "adm')
      .expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' });
  });

  it('refuses unknown fields and wrong types with field errors, never a 500', async () => {
    const c = await t.client();
    const unknownField = await c.post('/api/auth/login', { username: 'admin', password: 'x', isAdmin: true }).expect(400);
    expect(unknownField.body.fieldErrors).toEqual({ isAdmin: ['isAdmin is not an allowed field'] });
    const wrongType = await c.post('/api/auth/login', { username: 42, password: ['x'] }).expect(400);
    expect(Object.keys(wrongType.body.fieldErrors).sort()).toEqual(['password', 'username']);
    const notAnObject = await c.agent.post('/api/auth/login').set('X-XSRF-TOKEN', c.xsrf).set('Content-Type', 'application/json').send('[1,2]').expect(400);
    expect(notAnObject.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers an unknown API route with a 404 in the usual shape', async () => {
    const res = await (await t.client()).agent.get('/api/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('runs its queries without JIT compilation (it costs more than it saves on these queries)', async () => {
    expect(await t.dataSource.query(`SHOW jit`)).toEqual([{ jit: 'off' }]);
  });

  it('publishes OpenAPI 3 at /api/docs-json', async () => {
    const res = await (await t.client()).agent.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/health']));
  });
});

import { fromToday, newPrisonNumber, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/** `{"a":{"a":…}}` or `[[…]]`, `levels` deep, as raw JSON text (JSON.stringify would recurse). */
const nested = (levels: number, shape: 'object' | 'array') =>
  shape === 'object' ? '{"a":'.repeat(levels) + '1' + '}'.repeat(levels) : '['.repeat(levels) + '1' + ']'.repeat(levels);

const sendRaw = (c: TestClient, url: string, json: string) => c.agent.post(url).set('X-XSRF-TOKEN', c.xsrf).set('Content-Type', 'application/json').send(json);

describe('hostile input is refused with a clear 400 (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;
  const application = () => ({ prisonNumber: newPrisonNumber(), firstName: 'Sam', lastName: 'Jones', prisonCode: 'EXI', appliedOn: fromToday(-10) });
  const staffAccount = (username: string) => ({ username, displayName: 'Jo Smith', password: 'a long and unusual passphrase', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'DAI' }] });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, 'admin');
    coordinator = await signedIn(t, 'coordinator');
  });
  afterAll(() => t.close());

  describe('JSON nested thousands of levels deep (under the size limit)', () => {
    it('is refused before validation, on sign-in and on a signed-in route, for objects and arrays', async () => {
      const deepObject = nested(5000, 'object');
      const deepArray = nested(5000, 'array');
      expect(deepObject.length).toBeLessThan(100 * 1024);
      const anonymous = await t.client();
      for (const [client, url, body] of [
        [anonymous, '/api/auth/login', deepObject],
        [anonymous, '/api/auth/login', `{"username":"admin","password":${deepArray}}`],
        [coordinator, '/api/buddies', deepObject],
        [coordinator, '/api/buddies', `{"firstName":${deepArray}}`],
      ] as const) {
        const res = await sendRaw(client, url, body);
        expect({ url, status: res.status, body: res.body }).toEqual({
          url,
          status: 400,
          body: { statusCode: 400, code: 'JSON_TOO_DEEP', message: 'The request body nests more than 32 levels deep' },
        });
      }
    });

    it('still takes bodies nested as deeply as our forms need', async () => {
      await admin.post('/api/staff', staffAccount('deepok')).expect(201);
      // 32 levels is allowed through to validation, which names the field.
      const res = await sendRaw(coordinator, '/api/buddies', JSON.stringify({ ...application(), firstName: JSON.parse(nested(31, 'array')) }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.fieldErrors)).toEqual(['firstName']);
    });
  });

  describe("keys named after Object.prototype's members", () => {
    it('are refused like any other unknown field, at the top level', async () => {
      for (const key of ['constructor', 'toString', '__proto__', 'prototype', 'hasOwnProperty', 'valueOf']) {
        const json = JSON.stringify(application()).replace(/^\{/, `{"${key}":{"polluted":true},`);
        const res = await sendRaw(coordinator, '/api/buddies', json);
        expect({ key, status: res.status, body: res.body }).toEqual({
          key,
          status: 400,
          body: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check the details you entered', fieldErrors: { [key]: [`${key} is not an allowed field`] } },
        });
      }
      // The same shape as an ordinary unknown field.
      const ordinary = await coordinator.post('/api/buddies', { ...application(), favouriteColour: 'blue' }).expect(400);
      expect(ordinary.body.fieldErrors).toEqual({ favouriteColour: ['favouriteColour is not an allowed field'] });
    });

    it('are refused inside nested objects and on sign-in, and nothing is written', async () => {
      const nestedRole = JSON.stringify(staffAccount('protonested')).replace('{"role":', '{"constructor":{"name":"x"},"role":');
      const res = await sendRaw(admin, '/api/staff', nestedRole);
      expect(res.status).toBe(400);
      expect(res.body.fieldErrors).toEqual({ 'roles.0.constructor': ['roles.0.constructor is not an allowed field'] });
      expect(await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'protonested'`)).toEqual([]);

      const login = await sendRaw(await t.client(), '/api/auth/login', '{"username":"admin","password":"x","__proto__":{"isAdmin":true}}');
      expect(login.status).toBe(400);
      // A computed key: a literal __proto__ key would set the prototype instead.
      expect(login.body.fieldErrors).toEqual({ ['__proto__']: ['__proto__ is not an allowed field'] });
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    });
  });

  describe('characters that hide themselves or turn text round', () => {
    const RLO = '\u202E';
    it('are refused in buddy, recipient and staff names, naming the field, and nothing is stripped', async () => {
      for (const [field, value] of [
        ['firstName', `Sam${RLO}senoJ`],
        ['lastName', 'Jo\u200Bnes'],
        ['firstName', '\u2066Sam\u2069'],
        ['lastName', 'Jones\uFEFF'],
        ['firstName', 'Sa\u200Dm'],
      ]) {
        const res = await coordinator.post('/api/buddies', { ...application(), [field]: value }).expect(400);
        const label = field === 'firstName' ? 'First name' : 'Last name';
        expect(res.body.fieldErrors).toEqual({ [field]: [`${label} must not contain hidden or direction-changing characters`] });
      }
      const recipient = await coordinator
        .post('/api/recipients', { prisonNumber: newPrisonNumber(), firstName: 'Aaron', prisonCode: 'EXI', lastName: `Blake${RLO}`, supportSummary: 'Help collecting meals', carePlanReference: 'DCC-1' })
        .expect(400);
      expect(recipient.body.fieldErrors).toEqual({ lastName: ['Last name must not contain hidden or direction-changing characters'] });

      const staff = await admin.post('/api/staff', { ...staffAccount('hiddenname'), displayName: `Jo${RLO} Smith` }).expect(400);
      expect(staff.body.fieldErrors).toEqual({ displayName: ['Name must not contain hidden or direction-changing characters'] });

      // Ordinary names from Welsh, Polish and Romanian still go in as typed.
      const welsh = await coordinator.post('/api/buddies', { ...application(), firstName: 'Dafydd Ŵyn', lastName: 'Łukasz-Ştefan' }).expect(201);
      expect(welsh.body).toMatchObject({ firstName: 'Dafydd Ŵyn', lastName: 'Łukasz-Ştefan' });
    });

    it('in free text, direction changes are refused but joiners that some writing needs are kept', async () => {
      const buddy = (await coordinator.post('/api/buddies', application()).expect(201)).body;
      const refused = await coordinator
        .post(`/api/buddies/${buddy.id}/selection`, { outcome: 'declined', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(-5), notes: `Declined ${RLO}devorppa` })
        .expect(400);
      expect(refused.body.fieldErrors).toEqual({ notes: ['Notes must not contain direction-changing characters'] });
      await coordinator
        .post(`/api/buddies/${buddy.id}/selection`, { outcome: 'declined', securityCheckDone: true, riskAssessmentDone: true, decidedOn: fromToday(-5), notes: 'Family 👨\u200D👩\u200D👧 visit first' })
        .expect(201);
    });
  });
});

describe('security headers on the API docs', () => {
  it('in development: no HSTS and no upgrade-insecure-requests over plain HTTP', async () => {
    const t = await createTestApp({ NODE_ENV: 'development' });
    try {
      const res = await (await t.client()).agent.get('/api/docs/').expect(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    } finally {
      await t.close();
    }
  });

  it('in production: both, as on every other page', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-at-least-32-chars' });
    try {
      const res = await (await t.client()).agent.get('/api/docs/').expect(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      const page = await (await t.client()).agent.get('/api/ping').expect(200);
      expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await t.close();
    }
  });
});

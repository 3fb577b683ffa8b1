import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

describe('roles and scope on every request (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const signedIn = async (username: string) => {
    const c = await t.client();
    await c.signIn(username).expect(200);
    return c;
  };

  it('needs a session for every non-public route', async () => {
    const c = await t.client();
    await c.agent.get('/api/prisons').expect(401);
    await c.agent.get('/api/prisons/EXI').expect(401);
    await c.agent.get('/api/staff').expect(401);
  });

  it('shows each person only the prisons in their scope', async () => {
    const codes = async (username: string) =>
      ((await (await signedIn(username)).agent.get('/api/prisons').expect(200)).body as { code: string }[]).map((p) => p.code).sort();
    expect(await codes('coordinator')).toEqual(['DAI', 'EXI']);
    expect(await codes('trainer')).toEqual(['EXI']);
    expect(await codes('auditor')).toEqual(['CWI', 'DAI', 'EXI']);
    expect(await codes('admin')).toEqual(expect.arrayContaining(['EXI', 'HLI', 'LEI', 'CFI']));
  });

  it('refuses a prison outside the scope with 403, whatever the case of the code', async () => {
    const coordinator = await signedIn('coordinator');
    expect((await coordinator.agent.get('/api/prisons/EXI').expect(200)).body).toMatchObject({ code: 'EXI', clusterCode: 'devon' });
    const refused = await coordinator.agent.get('/api/prisons/hli').expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
    // An auditor of the Devon cluster reaches Dartmoor but not Leeds.
    const auditor = await signedIn('auditor');
    await auditor.agent.get('/api/prisons/DAI').expect(200);
    await auditor.agent.get('/api/prisons/LEI').expect(403);
  });

  it('answers an unknown prison as out of scope, and a malformed code as a 400', async () => {
    const coordinator = await signedIn('coordinator');
    await coordinator.agent.get('/api/prisons/ZZZ').expect(403);
    const bad = await coordinator.agent.get('/api/prisons/EXETER').expect(400);
    expect(bad.body.fieldErrors.prisonCode).toBeDefined();
  });

  it('refuses a role that the route does not allow with 403', async () => {
    for (const username of ['coordinator', 'trainer', 'auditor']) {
      const res = await (await signedIn(username)).agent.get('/api/staff').expect(403);
      expect(res.body.code).toBe('ROLE_NOT_PERMITTED');
    }
  });

  it('ends the session of an account disabled after sign-in', async () => {
    const trainer = await signedIn('trainer');
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE username = 'trainer'`);
    try {
      await trainer.agent.get('/api/auth/me').expect(401);
    } finally {
      await t.dataSource.query(`UPDATE users SET disabled_at = NULL WHERE username = 'trainer'`);
    }
  });
});

import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

const goodAccount = {
  username: 'jsmith',
  displayName: 'Jo Smith',
  password: 'a long and unusual passphrase',
  roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'dai' }],
};

describe('staff accounts (admin, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const admin = async () => {
    const c = await t.client();
    await c.signIn('admin').expect(200);
    return c;
  };
  const auditCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'staff.created'`))[0].n;

  it('creates an account with an argon2id hash, its roles and an audit event, and the new person can sign in', async () => {
    const c = await admin();
    const res = await c.post('/api/staff', goodAccount).expect(201);
    expect(res.body).toMatchObject({ username: 'jsmith', roles: [{ role: 'trainer', prisonCode: 'DAI', scopeLabel: 'HMP Dartmoor (DAI)' }] });
    const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE username = 'jsmith'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const [event] = await t.dataSource.query(`SELECT a.after, u.username AS actor FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE a.action = 'staff.created'`);
    expect(event.actor).toBe('admin');
    expect(event.after).toMatchObject({ username: 'jsmith' });
    expect(JSON.stringify(event.after)).not.toContain(goodAccount.password);

    const newcomer = await t.client();
    await newcomer.signIn('jsmith', goodAccount.password).expect(200);
    expect((await newcomer.agent.get('/api/prisons').expect(200)).body.map((p: { code: string }) => p.code)).toEqual(['DAI']);
  });

  it('refuses short, common and username-containing passwords, listing each problem', async () => {
    const c = await admin();
    const before = await auditCount();
    const short = await c.post('/api/staff', { ...goodAccount, username: 'short1', password: 'tiny' }).expect(400);
    expect(short.body.fieldErrors.password).toContain('Password must be at least 12 characters');
    const common = await c.post('/api/staff', { ...goodAccount, username: 'common1', password: 'password1234' }).expect(400);
    expect(common.body.fieldErrors.password[0]).toMatch(/too common/);
    const own = await c.post('/api/staff', { ...goodAccount, username: 'jbloggs', password: 'jbloggs-has-a-long-password' }).expect(400);
    expect(own.body.fieldErrors.password).toEqual(['Password must not contain the username']);
    expect(await auditCount()).toBe(before);
  });

  it('refuses roles with the wrong scope or an unknown prison, and writes nothing', async () => {
    const c = await admin();
    const res = await c
      .post('/api/staff', {
        ...goodAccount,
        username: 'badroles',
        roles: [
          { role: 'admin', scope: 'prison', prisonCode: 'EXI' },
          { role: 'coordinator', scope: 'prison', prisonCode: 'XYZ' },
          { role: 'wizard', scope: 'national' },
        ],
      })
      .expect(400);
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual(['roles.2.role']);
    const res2 = await c
      .post('/api/staff', {
        ...goodAccount,
        username: 'badroles',
        roles: [
          { role: 'admin', scope: 'prison', prisonCode: 'EXI' },
          { role: 'coordinator', scope: 'prison', prisonCode: 'XYZ' },
        ],
      })
      .expect(400);
    expect(res2.body.fieldErrors['roles.0'][0]).toMatch(/national/);
    expect(res2.body.fieldErrors['roles.1']).toEqual(['Choose a prison that exists']);
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'badroles'`)).toEqual([]);
  });

  it('refuses a duplicate username with 409, case-insensitively', async () => {
    const c = await admin();
    const res = await c.post('/api/staff', { ...goodAccount, username: 'Coordinator' }).expect(409);
    expect(res.body).toMatchObject({ code: 'USERNAME_TAKEN', fieldErrors: { username: ['That username is already in use'] } });
  });

  it('lists staff for admins only', async () => {
    const list = await (await admin()).agent.get('/api/staff').expect(200);
    expect(list.body.map((s: { username: string }) => s.username)).toEqual(expect.arrayContaining(['admin', 'auditor', 'coordinator', 'trainer']));
    const coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    await coordinator.post('/api/staff', { ...goodAccount, username: 'sneaky' }).expect(403);
  });
});

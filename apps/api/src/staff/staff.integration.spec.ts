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
    // The password was temporary: nothing but changing it works until it is changed.
    await newcomer.post('/api/account/password', { currentPassword: goodAccount.password, newPassword: 'my own new passphrase 2026' }).expect(200);
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
    expect(list.body.items.map((s: { username: string }) => s.username)).toEqual(expect.arrayContaining(['admin', 'auditor', 'coordinator', 'trainer']));
    const coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    await coordinator.post('/api/staff', { ...goodAccount, username: 'sneaky' }).expect(403);
  });

  it('refuses a username shaped like a prison number, in any case, so it cannot shadow a buddy’s kiosk sign-in', async () => {
    const c = await admin();
    const before = await auditCount();
    for (const username of ['c1001jk', 'C1001JK', 'a1234bc']) {
      const res = await c.post('/api/staff', { ...goodAccount, username }).expect(400);
      expect(res.body.fieldErrors.username).toEqual(['Username must not look like a prison number (like A1234BC): buddies sign in with those']);
    }
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE username IN ('c1001jk', 'a1234bc') AND buddy_id IS NULL`)).toEqual([]);
    expect(await auditCount()).toBe(before);
    // The database refuses it too, whatever code writes it; a buddy's own account may have that shape.
    await expect(t.dataSource.query(`INSERT INTO users (username, display_name, password_hash, version) VALUES ('c1001jk', 'Shadow', 'x', 1)`)).rejects.toThrow(/CHK_users_staff_username_not_prison_number/);
  });

  it('takes a staff account through its life: temporary password, roles with scope, lock, unlock, deactivation', async () => {
    const c = await admin();
    const adminId = (await c.agent.get('/api/auth/me').expect(200)).body.id;
    const temporary = 'temporary passphrase for tam';
    const created = await c
      .post('/api/staff', {
        username: 'tlewis',
        displayName: 'Tam Lewis',
        password: temporary,
        roles: [
          { role: 'trainer', scope: 'prison', prisonCode: 'EXI' },
          { role: 'trainer', scope: 'prison', prisonCode: 'DAI' },
        ],
      })
      .expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ mustChangePassword: true, deactivatedAt: null, lockedUntil: null });
    expect(created.body.roles.map((r: { prisonCode: string }) => r.prisonCode)).toEqual(['DAI', 'EXI']);

    // First sign-in: told to change the password; every other route refuses until then.
    const tam = await t.client();
    expect((await tam.signIn('tlewis', temporary).expect(200)).body.mustChangePassword).toBe(true);
    expect((await tam.agent.get('/api/prisons').expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await tam.agent.get('/api/auth/me').expect(200)).body.mustChangePassword).toBe(true);
    const weak = await tam.post('/api/account/password', { currentPassword: temporary, newPassword: 'tiny' }).expect(400);
    expect(weak.body.fieldErrors.newPassword).toContain('Password must be at least 12 characters');
    const wrong = await tam.post('/api/account/password', { currentPassword: 'not the temporary one', newPassword: 'a brand new passphrase' }).expect(400);
    expect(wrong.body.fieldErrors.currentPassword).toEqual(['Your current password is not right']);
    const same = await tam.post('/api/account/password', { currentPassword: temporary, newPassword: temporary }).expect(400);
    expect(same.body.fieldErrors.newPassword).toContain('Your new password must be different from your current one');
    const changed = await tam.post('/api/account/password', { currentPassword: temporary, newPassword: 'a brand new passphrase' }).expect(200);
    expect(changed.body.mustChangePassword).toBeUndefined();
    expect((await tam.agent.get('/api/prisons').expect(200)).body.map((p: { code: string }) => p.code)).toEqual(['DAI', 'EXI']);
    const [{ hash }] = await t.dataSource.query(`SELECT password_hash AS hash FROM users WHERE id = $1`, [id]);
    expect(hash).toMatch(/^\$argon2id\$/);

    // Roles: remove Dartmoor, give auditor over the Devon cluster; scope follows at once.
    const roles = await c
      .put(`/api/staff/${id}/roles`, {
        roles: [
          { role: 'trainer', scope: 'prison', prisonCode: 'EXI' },
          { role: 'auditor', scope: 'cluster', clusterCode: 'devon' },
        ],
      })
      .expect(200);
    expect(roles.body.roles.map((r: { role: string; scopeLabel: string }) => `${r.role}: ${r.scopeLabel}`)).toEqual(['trainer: HMP Exeter (EXI)', 'auditor: Devon cluster']);
    const [rolesEvent] = await t.dataSource.query(`SELECT before, after FROM audit_events WHERE action = 'staff.roles_changed' AND entity_id = $1`, [id]);
    expect(rolesEvent.before.roles.map((r: { prisonCode?: string }) => r.prisonCode)).toEqual(['DAI', 'EXI']);
    expect(rolesEvent.after.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'auditor', clusterCode: 'devon' })]));
    const bad = await c.put(`/api/staff/${id}/roles`, { roles: [{ role: 'trainer', scope: 'national' }] }).expect(400);
    expect(bad.body.fieldErrors['roles.0'][0]).toMatch(/prison/);
    const ownAdmin = await c.put(`/api/staff/${adminId}/roles`, { roles: [{ role: 'auditor', scope: 'national' }] }).expect(409);
    expect(ownAdmin.body.code).toBe('OWN_ADMIN_ROLE');

    // Locked after five wrong passwords; the admin unlocks it.
    const guesser = await t.client();
    for (let i = 0; i < 5; i++) await guesser.signIn('tlewis', 'wrong password guess');
    await guesser.signIn('tlewis', 'a brand new passphrase').expect(429);
    const listed = await c.agent.get('/api/staff').query({ search: 'Tam' }).expect(200);
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    expect(listed.body.items[0].lockedUntil).not.toBeNull();
    expect((await c.post(`/api/staff/${id}/unlock`).expect(200)).body.lockedUntil).toBeNull();
    await guesser.signIn('tlewis', 'a brand new passphrase').expect(200);

    // Deactivated: both open sessions end, sign-in fails, the name stays on the audit trail.
    await c.post(`/api/staff/${adminId}/deactivate`).expect(409);
    const gone = await c.post(`/api/staff/${id}/deactivate`).expect(200);
    expect(gone.body.deactivatedAt).not.toBeNull();
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE sess->>'userId' = $1`, [id])).toEqual([]);
    await tam.agent.get('/api/auth/me').expect(401);
    await guesser.agent.get('/api/prisons').expect(401);
    await (await t.client()).signIn('tlewis', 'a brand new passphrase').expect(401);
    expect((await c.agent.get('/api/staff').query({ search: 'tlewis' }).expect(200)).body.total).toBe(0);
    expect((await c.agent.get('/api/staff').query({ search: 'tlewis', status: 'deactivated' }).expect(200)).body.items[0].displayName).toBe('Tam Lewis');
    expect((await c.agent.get(`/api/staff/${id}`).expect(200)).body.roles).toHaveLength(2);
    await c.put(`/api/staff/${id}/roles`, { roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] }).expect(409);

    const actions = await t.dataSource.query(
      `SELECT a.action, u.display_name AS actor FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE a.entity_id = $1 ORDER BY a.occurred_at, a.action`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'staff.created',
      'account.temporary_password_changed',
      'staff.roles_changed',
      'staff.unlocked',
      'staff.deactivated',
    ]);
  });
});

describe('an admin resets a staff password (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives a new temporary password shown once, which must be changed at the next sign-in; sessions and any lock end; audited without the password', async () => {
    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    const adminId = (await admin.agent.get('/api/auth/me').expect(200)).body.id;
    await t.addStaff(admin, { ...goodAccount, username: 'rreset', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'DAI' }] });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'rreset'`);

    // Signed in on two machines, then locked out by someone guessing.
    const desk = await t.client();
    await desk.signIn('rreset', goodAccount.password).expect(200);
    const ward = await t.client();
    await ward.signIn('rreset', goodAccount.password).expect(200);
    const guesser = await t.client();
    for (let i = 0; i < 5; i++) await guesser.signIn('rreset', 'wrong password guess');
    await guesser.signIn('rreset', goodAccount.password).expect(429);

    const res = await admin.post(`/api/staff/${id}/password`).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { account, temporaryPassword } = res.body;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(account).toMatchObject({ id, mustChangePassword: true, lockedUntil: null });

    // Every session the person had has ended; the old password no longer works.
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE sess->>'userId' = $1`, [id])).toEqual([]);
    await desk.agent.get('/api/auth/me').expect(401);
    await ward.agent.get('/api/prisons').expect(401);
    await (await t.client()).signIn('rreset', goodAccount.password).expect(401);

    // The new one signs in, but only to change it.
    const back = await t.client();
    expect((await back.signIn('rreset', temporaryPassword).expect(200)).body.mustChangePassword).toBe(true);
    expect((await back.agent.get('/api/prisons').expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await back.post('/api/account/password', { currentPassword: temporaryPassword, newPassword: 'chosen again after reset' }).expect(200);
    await back.agent.get('/api/prisons').expect(200);

    const [event] = await t.dataSource.query(
      `SELECT a.before, a.after, u.username AS actor FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE a.action = 'staff.password_reset' AND a.entity_id = $1`,
      [id],
    );
    expect(event.actor).toBe('admin');
    expect(event.before).toMatchObject({ mustChangePassword: false, lockedUntil: expect.any(String) });
    expect(event.after).toEqual({ mustChangePassword: true, lockedUntil: null, sessionsEnded: 2 });
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);

    // Not your own (change it instead), not a deactivated account, not a buddy, and admins only.
    expect((await admin.post(`/api/staff/${adminId}/password`).expect(409)).body.code).toBe('OWN_ACCOUNT');
    const [{ buddyUser }] = await t.dataSource.query(`SELECT id AS "buddyUser" FROM users WHERE buddy_id IS NOT NULL LIMIT 1`);
    await admin.post(`/api/staff/${buddyUser}/password`).expect(404);
    const coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    await coordinator.post(`/api/staff/${id}/password`).expect(403);
    await admin.post(`/api/staff/${id}/deactivate`).expect(200);
    expect((await admin.post(`/api/staff/${id}/password`).expect(409)).body.code).toBe('ACCOUNT_DEACTIVATED');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'staff.password_reset'`))[0].n).toBe(1);
  });
});

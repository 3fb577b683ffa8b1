import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

const STAFF_IDLE = 120;
const KIOSK_IDLE = 40;

/** The signed-in person's one session row, and how many seconds it has left by the database's clock. */
async function sessionOf(dataSource: DataSource, username: string): Promise<{ sid: string; expire: Date; left: number }> {
  const rows = await dataSource.query(
    `SELECT s.sid, s.expire, extract(epoch FROM s.expire - now())::float8 AS left
       FROM sessions s JOIN users u ON u.id::text = s.sess->>'userId' WHERE u.username = $1`,
    [username.toLowerCase()],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('idle timeouts: staff and kiosk sessions end on the server (real PostgreSQL)', () => {
  let t: TestApp;
  let staff: TestClient;
  let buddy: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_IDLE_SECONDS: String(STAFF_IDLE), KIOSK_IDLE_SECONDS: String(KIOSK_IDLE) });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM sessions`);
    staff = await t.client();
    await staff.signIn('coordinator').expect(200);
    buddy = await t.client();
    await buddy.signIn('A1234BC', '246810').expect(200);
  });

  it('gives each session its own idle time in the stored row: the kiosk one is shorter', async () => {
    const staffRow = await sessionOf(t.dataSource, 'coordinator');
    const buddyRow = await sessionOf(t.dataSource, 'A1234BC');
    expect(staffRow.left).toBeGreaterThan(STAFF_IDLE - 10);
    // The store keeps whole seconds, rounded up.
    expect(staffRow.left).toBeLessThanOrEqual(STAFF_IDLE + 1);
    expect(buddyRow.left).toBeGreaterThan(KIOSK_IDLE - 10);
    expect(buddyRow.left).toBeLessThanOrEqual(KIOSK_IDLE + 1);
  });

  it('ends the buddy’s session once the kiosk idle time has passed, while the staff one carries on', async () => {
    // As if the kiosk idle time had passed with no request from either (and the second the store rounds up to).
    await t.dataSource.query(`UPDATE sessions SET expire = expire - make_interval(secs => $1)`, [KIOSK_IDLE + 1]);
    await buddy.agent.get('/api/me/summary').expect(401);
    await staff.agent.get('/api/auth/me').expect(200);
    // Refused for good: the stored session is not revived by asking again.
    await buddy.agent.get('/api/auth/session').expect(401);
  });

  it('says how long is left without extending it; Stay signed in and any other request extend it', async () => {
    await t.dataSource.query(`UPDATE sessions SET expire = now() + interval '30 seconds'`);
    const before = await sessionOf(t.dataSource, 'coordinator');

    const { body: status } = await staff.agent.get('/api/auth/session').expect(200);
    expect(status).toEqual({ expiresAt: new Date(before.expire).toISOString(), secondsLeft: expect.any(Number), idleSeconds: STAFF_IDLE, warningSeconds: 20 });
    expect(status.secondsLeft).toBeLessThanOrEqual(30);
    // Asking again and again (as the warning does) leaves the row exactly where it was.
    await staff.agent.get('/api/auth/session').expect(200);
    expect((await sessionOf(t.dataSource, 'coordinator')).expire).toEqual(before.expire);

    const { body: stayed } = await staff.post('/api/auth/session').expect(200);
    const afterStay = await sessionOf(t.dataSource, 'coordinator');
    expect(afterStay.left).toBeGreaterThan(STAFF_IDLE - 10);
    expect(stayed.expiresAt).toBe(new Date(afterStay.expire).toISOString());
    expect(stayed.secondsLeft).toBeGreaterThan(STAFF_IDLE - 10);

    // Any other request is activity too.
    await t.dataSource.query(`UPDATE sessions SET expire = now() + interval '30 seconds'`);
    await staff.agent.get('/api/prisons').expect(200);
    expect((await sessionOf(t.dataSource, 'coordinator')).left).toBeGreaterThan(STAFF_IDLE - 10);
  });

  it('tells the kiosk its own idle time and a shorter warning, and Stay signed in extends by the kiosk time only', async () => {
    const { body } = await buddy.agent.get('/api/auth/session').expect(200);
    expect(body).toMatchObject({ idleSeconds: KIOSK_IDLE, warningSeconds: 20 });
    await t.dataSource.query(`UPDATE sessions SET expire = now() + interval '5 seconds'`);
    await buddy.post('/api/auth/session').expect(200);
    const row = await sessionOf(t.dataSource, 'A1234BC');
    expect(row.left).toBeGreaterThan(KIOSK_IDLE - 10);
    expect(row.left).toBeLessThanOrEqual(KIOSK_IDLE + 1);
  });

  it('writes the session row at most once per threshold (a tenth of the idle time here), not on every request', async () => {
    // xmin is the transaction that last wrote the row: unchanged means nothing rewrote it.
    const written = async () => (await t.dataSource.query(`SELECT s.xmin::text AS xmin, s.expire FROM sessions s WHERE s.sess->>'userId' = (SELECT id::text FROM users WHERE username = 'coordinator')`))[0];
    const signedIn = await written();
    await staff.agent.get('/api/auth/me').expect(200);
    await staff.agent.get('/api/prisons').expect(200);
    expect(await written()).toEqual(signedIn);

    // Once the stored end has fallen behind by more than the threshold (12 s of 120), the next request moves it on.
    await t.dataSource.query(`UPDATE sessions SET expire = expire - interval '20 seconds'`);
    const behind = await written();
    await staff.agent.get('/api/auth/me').expect(200);
    const moved = await written();
    expect(moved.xmin).not.toBe(behind.xmin);
    expect((await sessionOf(t.dataSource, 'coordinator')).left).toBeGreaterThan(STAFF_IDLE - 10);
    await staff.agent.get('/api/auth/me').expect(200);
    expect(await written()).toEqual(moved);
  });

  it('answers 401 to the session routes with no session', async () => {
    const stranger = await t.client();
    await stranger.agent.get('/api/auth/session').expect(401);
    await stranger.post('/api/auth/session').expect(401);
  });
});

import { prepareDatabase } from '@peerpath/api/database/prepare-database';
import { createTestApp, createTestDatabase, type TestApp } from '@peerpath/api/testing/test-app';
import { approvedBuddy, signedIn } from '@peerpath/api/testing/training-fixtures';

/**
 * Issue 12: the app serves requests as a role that owns nothing, so the three ways a superuser or
 * owner rewrites the append-only history are refused on the app's own connection, set up as in
 * production (the owner migrates, then grants the app's role; roles.ts).
 */
describe('the database role the app serves requests as', () => {
  let t: TestApp;
  let appendOnly: string[];
  beforeAll(async () => {
    t = await createTestApp();
    appendOnly = (
      await t.owner.query(`SELECT c.relname AS name FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid WHERE tg.tgname = c.relname || '_append_only' ORDER BY 1`)
    ).map((r: { name: string }) => r.name);
  });
  afterAll(() => t.close());

  it('is neither a superuser nor the owner of any table', async () => {
    const [role] = await t.dataSource.query(
      `SELECT current_user AS name, rolsuper AS super, rolbypassrls AS bypass, rolreplication AS replication,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned
       FROM pg_roles r WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: process.env['PEERPATH_TEST_APP_ROLE'], super: false, bypass: false, replication: false, owned: 0 });
  });

  it('cannot TRUNCATE any append-only table', async () => {
    expect(appendOnly).toEqual(['assessment_decisions', 'audit_events', 'buddy_transfers', 'certificate_status_changes', 'outcome_reviews', 'supervisions']);
    for (const table of appendOnly) {
      await expect(t.dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow(/permission denied/);
    }
    await expect(t.dataSource.query(`TRUNCATE audit_events CASCADE`)).rejects.toThrow(/permission denied/);
  });

  it('cannot switch the history triggers off', async () => {
    await expect(t.dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`)).rejects.toThrow(/must be owner/);
    await expect(t.dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(t.dataSource.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`SET LOCAL session_replication_role = replica`)).rejects.toThrow(/permission denied/);
  });

  it('cannot change or delete history, nor change the schema', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'edited'`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`DELETE FROM supervisions`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`DROP TABLE audit_events`)).rejects.toThrow(/must be owner/);
    await expect(t.dataSource.query(`CREATE TABLE shadow (id int)`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`DELETE FROM migrations`)).rejects.toThrow(/permission denied/);
  });

  it('even the owner cannot TRUNCATE history: every append-only table has a TRUNCATE trigger', async () => {
    const guarded = (
      await t.owner.query(`SELECT c.relname AS name FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid WHERE tg.tgname = c.relname || '_no_truncate' ORDER BY 1`)
    ).map((r: { name: string }) => r.name);
    expect(guarded).toEqual(appendOnly);
    for (const table of appendOnly) {
      await expect(t.owner.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/is history and cannot be truncated/);
    }
  });

  it('still does the app’s ordinary work: sign-in, a session, a new record and its audit event', async () => {
    const coordinator = await signedIn(t, 'coordinator');
    const before = Number((await t.dataSource.query(`SELECT count(*) FROM audit_events`))[0].count);
    const buddy = await approvedBuddy(coordinator);
    await coordinator.agent.get(`/api/buddies/${buddy.id}`).expect(200);
    await coordinator.post('/api/auth/logout').expect((res) => expect(res.status).toBeLessThan(300));
    const after = Number((await t.dataSource.query(`SELECT count(*) FROM audit_events`))[0].count);
    expect(after).toBeGreaterThan(before);
  });
});

describe('preparing a database whose app role could rewrite history', () => {
  it('says so when the app signs in as a superuser', async () => {
    const database = await createTestDatabase();
    try {
      const { applied, warning } = await prepareDatabase(database.url, database.url);
      expect(applied).toBeGreaterThan(0);
      expect(warning).toMatch(/is a superuser.*could TRUNCATE or alter the append-only history.*MIGRATION_DATABASE_URL/);
    } finally {
      await database.drop();
    }
  });
});

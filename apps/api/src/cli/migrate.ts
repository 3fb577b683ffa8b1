/**
 * Applies pending migrations and exits: the one-shot migration service in docker/compose.yaml
 * (`node api/migrate.js`). Runs as MIGRATION_DATABASE_URL's role (the owner) when set, and then
 * grants DATABASE_URL's role (the app's, which owns nothing) what serving requests needs.
 */
import 'reflect-metadata';
import { describeError, prepareDatabase } from '@peerpath/api/database/prepare-database';

async function main(): Promise<void> {
  const appUrl = process.env['DATABASE_URL'];
  const ownerUrl = process.env['MIGRATION_DATABASE_URL'] || appUrl;
  if (!appUrl || !ownerUrl) {
    console.error('Set DATABASE_URL to the app\'s connection and MIGRATION_DATABASE_URL to the owner\'s (README, Deploying).');
    process.exit(2);
  }
  const { applied, warning } = await prepareDatabase(ownerUrl, appUrl);
  console.log(applied ? `Applied ${applied} migration(s).` : 'The database is up to date.');
  if (warning) console.warn(`Warning: ${warning}`);
}

main().catch((err) => {
  console.error(`Migrations failed: ${describeError(err)}`);
  process.exit(1);
});

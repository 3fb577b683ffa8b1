import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ConfigError, readConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { describeError, prepareDatabase, refreshStatistics } from './database/prepare-database';
import { DEMO_BUDDY_PIN } from './demo/demo-scheme';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo/demo-seed';
import { configureApp } from './platform/configure-app';
import { seedReferenceProgrammes } from './programmes/reference/seed-reference-programmes';

async function bootstrap(): Promise<void> {
  const started = performance.now();
  const config = readConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir} (port ${config.embeddedPgPort})…`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  }
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  // Migrations run as the owner; requests are served as the app's role, which owns nothing.
  const ownerUrl = config.databaseUrl ? (config.migrationDatabaseUrl ?? config.databaseUrl) : (embedded as EmbeddedDatabase).ownerUrl;
  const { applied, warning } = await prepareDatabase(ownerUrl, databaseUrl);
  if (warning) console.warn(`Warning: ${warning}`);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    bufferLogs: true,
  });
  const { servesWeb } = configureApp(app, config);
  const dataSource = app.get(DataSource);
  await seedReferenceProgrammes(dataSource);
  const seeded = config.seedDemo ? await seedDemo(dataSource) : false;
  if (seeded) await refreshStatistics(ownerUrl);

  // Graceful shutdown: stop taking requests, close the pool, then stop the embedded server.
  let stopping = false;
  const stopEmbedded = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    if (embedded) await embedded.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopEmbedded()
        .catch((err) => console.error(err))
        .finally(() => process.exit(0));
    });
  }

  await app.listen(config.port, config.host as string);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Peerpath is running at ${url}  (started in ${Math.round(performance.now() - started)} ms)`,
    `  API ${url}/api   ·   API docs ${url}/api/docs   ·   health ${url}/api/health`,
    servesWeb ? '' : '  (no web build found: run `npm start`, or `nx build web`, to serve the app here)',
    applied ? `  Applied ${applied} database migration(s).` : '',
  ];
  if (config.seedDemo) {
    lines.push(seeded ? '  Demo data created.' : '  Demo data already present.');
    lines.push(`  Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.username.padEnd(12)} ${user.describe}`);
    lines.push(`  Buddy kiosk sign-in: A1234BC with PIN ${DEMO_BUDDY_PIN} (Aaron Blake, sees only his own page)`);
  }
  console.log(lines.filter(Boolean).join('\n') + '\n');
}

bootstrap().catch((err) => {
  console.error(err instanceof ConfigError ? `Configuration problem: ${err.message}` : `Peerpath could not start: ${describeError(err)}`);
  if (process.env['LOG_LEVEL'] === 'debug' && err instanceof Error) console.error(err.stack);
  process.exit(1);
});

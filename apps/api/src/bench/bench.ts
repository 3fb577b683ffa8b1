import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '@peerpath/api/app.module';
import { readConfig } from '@peerpath/api/config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@peerpath/api/database/embedded-postgres';
import { migrate } from '@peerpath/api/database/migrate';
import { createScratchDatabase } from '@peerpath/api/database/scratch-database';
import { DEMO_PASSWORD, seedDemo } from '@peerpath/api/demo/demo-seed';
import { configureApp } from '@peerpath/api/platform/configure-app';
import { seedReferenceProgrammes } from '@peerpath/api/programmes/reference/seed-reference-programmes';
import { HttpSession } from './http-session';

/**
 * `npm run bench`: boots the real API on a fresh, demo-seeded database (BENCH_DATABASE_URL's
 * server, else an embedded PostgreSQL) and prints server response times over loopback for the
 * screens whose speed matters. Figures are printed, never asserted: tests do not time things.
 */
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 300);
const WARMUP = 30;

async function freshDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env['BENCH_DATABASE_URL'];
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres('.data/bench-postgres', Number(process.env['BENCH_PG_PORT'] ?? 5442), 'postgres', console.log, false);
    serverUrl = embedded.url;
  }
  const database = await createScratchDatabase(serverUrl, 'peerpath_bench');
  return {
    url: database.url,
    stop: async () => {
      await database.drop();
      if (embedded) await embedded.stop();
    },
  };
}

function summarise(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const f = (n: number) => n.toFixed(2).padStart(8);
  return `${name.padEnd(52)}${f(at(0.5))}${f(at(0.95))}${f(at(0.99))}${f(sorted[sorted.length - 1])}   n=${samples.length}`;
}

async function measure(session: HttpSession, path: string): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await session.get(path);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await session.get(path);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function main(): Promise<void> {
  const database = await freshDatabase();
  // Not 'production': its Secure cookies are not set over plain HTTP, and the bench talks plain HTTP on loopback.
  const config = readConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent', DATABASE_URL: database.url });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), { bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  const dataSource = app.get(DataSource);
  await migrate(dataSource);
  await seedReferenceProgrammes(dataSource);
  await seedDemo(dataSource);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  try {
    const trainer = await HttpSession.signIn(`http://127.0.0.1:${address.port}`, 'trainer', DEMO_PASSWORD);
    const coordinator = await HttpSession.signIn(`http://127.0.0.1:${address.port}`, 'coordinator', DEMO_PASSWORD);
    const cohorts = (await trainer.get<{ items: { id: string; status: string; activeEnrolments: number }[] }>('/api/cohorts?pageSize=100')).items;
    const running = cohorts.find((c) => c.status === 'running');
    const finished = cohorts.find((c) => c.status === 'finished');
    if (!running || !finished) throw new Error('demo cohorts missing');
    const buddyId = async (prisonNumber: string) => (await coordinator.get<{ items: { id: string }[] }>(`/api/buddies?search=${prisonNumber}`)).items[0].id;
    const aaron = await buddyId('A1234BC');
    const elliot = await buddyId('B5419EF');

    console.log(`\nPeerpath benchmark: ${ITERATIONS} sequential requests each after ${WARMUP} warm-up, times in ms over loopback`);
    console.log(`${'request'.padEnd(52)}${'median'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}`);
    const scenarios: [string, HttpSession, string][] = [
      [`progress matrix, demo cohort (${running.activeEnrolments} buddies x 14)`, trainer, `/api/cohorts/${running.id}/progress`],
      [`progress matrix, finished cohort (${finished.activeEnrolments} buddies)`, trainer, `/api/cohorts/${finished.id}/progress`],
      ['cohort page (sessions, enrolments, staff)', trainer, `/api/cohorts/${running.id}`],
      ["buddy's progress (A1234BC)", coordinator, `/api/buddies/${aaron}/progress`],
      ['my cohorts', trainer, '/api/cohorts'],
      ['eligibility check, mid-training (A1234BC)', coordinator, `/api/buddies/${aaron}/eligibility`],
      ['eligibility check, eligible (B5419EF)', coordinator, `/api/buddies/${elliot}/eligibility`],
      ['supervision due and overdue, Exeter', coordinator, '/api/supervision/due?prison=EXI'],
      ['allocations needing attention, Exeter', coordinator, '/api/allocations/needing-attention?prison=EXI'],
    ];
    for (const [name, session, path] of scenarios) console.log(summarise(name, await measure(session, path)));
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

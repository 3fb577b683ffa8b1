import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@peerpath/api/database/embedded-postgres';
import { DEMO_PASSWORD } from '@peerpath/api/demo/demo-seed';
import { BENCH_AUDITOR, BENCH_CLUSTER, BENCH_COORDINATOR, BENCH_PRISON, buildDataset, sizeOf, type Scale } from './bench-dataset';
import { HttpSession } from './http-session';

// autocannon has no types of its own; only what we call is described here.
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number | string }>;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = require('autocannon') as Cannon;

/**
 * `npm run bench -- --scale demo|prison|national`: builds the dataset into its own database on its
 * own embedded PostgreSQL (with pg_stat_statements), starts the real API as a separate process
 * against it, and drives it over HTTP, signed in as real roles, each connection with its own
 * session: sequential requests at 1 connection (p50/p95/p99, and PostgreSQL's own time per request
 * for the same statements from pg_stat_statements) and autocannon at 50 connections (req/s, p99,
 * errors, the API's peak RSS). Also `npm start`'s cold start on a fresh demo data folder. Figures
 * are printed and written to bench/results, never asserted: tests do not time things.
 */
const scale = (process.argv.find((a, i) => process.argv[i - 1] === '--scale') ?? process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? 'prison') as Scale;
if (!['demo', 'prison', 'national'].includes(scale)) throw new Error(`--scale must be demo, prison or national (got ${scale})`);
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 300);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 30);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);
const PG_PORT = Number(process.env['BENCH_PG_PORT'] ?? 5442);
const API_PORT = Number(process.env['BENCH_API_PORT'] ?? 3390);
const DIST = __dirname;
const ROOT = resolve(DIST, '../../..');

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function startApi(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(DIST, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent', HOST: '127.0.0.1', SESSION_SECRET: 'bench-session-secret-0123456789abcdef', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[api] ${chunk}`));
  child.stdout?.resume();
  return child;
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** `npm start` after its build: spawn to /api/health 200 on an empty data folder (initdb, migrations, demo seed). */
async function coldStart(): Promise<number> {
  // Under .data like `npm start`'s own (as root, PostgreSQL runs as another user: not a private /tmp folder).
  mkdirSync(resolve(ROOT, '.data'), { recursive: true });
  const dataDir = mkdtempSync(resolve(ROOT, '.data/bench-cold-'));
  chmodSync(dataDir, 0o755);
  const started = performance.now();
  const child = startApi({ PEERPATH_DATA_DIR: join(dataDir, 'postgres'), EMBEDDED_PG_PORT: String(PG_PORT + 1), PORT: String(API_PORT + 1) });
  try {
    await waitForHealth(API_PORT + 1, child);
    return performance.now() - started;
  } finally {
    await stopApi(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function admin<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** The bench's own PostgreSQL, with pg_stat_statements loaded, and a fresh database for this scale. */
async function benchDatabase(name: string): Promise<EmbeddedDatabase> {
  const dir = resolve(ROOT, '.data/bench-postgres');
  const quiet = () => undefined;
  let pg = await startEmbeddedPostgres(dir, PG_PORT, name, quiet);
  await admin(pg.adminUrl, async (db) => {
    await db.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await db.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  await pg.stop();
  pg = await startEmbeddedPostgres(dir, PG_PORT, name, quiet);
  await admin(pg.adminUrl, (db) => db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
  return pg;
}

interface Row {
  request: string;
  role: string;
  p50?: number;
  p95?: number;
  p99?: number;
  dbMs?: number;
  dbPlanMs?: number;
  statements?: number;
  errors1?: number;
  /** Requests at 1 connection, when fewer than the iterations (a pool of one-off changes). */
  requests1?: number;
  rps?: number;
  p99At50?: number;
  errors50?: number;
  rssMb?: number;
}

interface Scenario {
  request: string;
  role: string;
  sessions: HttpSession[];
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Each request from its own address (the public verification page is limited per address). */
  ownAddress?: boolean;
  /** The status a correct answer has, when it is not 2xx (a refusal is the right answer). */
  expect?: number;
  /** Requests that each change something once (a successful allocation): the next one's headers and body, or none left. */
  next?: () => { headers: Record<string, string>; body: unknown } | undefined;
  /** How many `next` can still give. */
  left?: () => number;
}

/**
 * `--dataset-only` with BENCH_DATABASE_URL (a database that exists, as its owner): migrates and
 * seeds it by starting the API once, builds the dataset and stops, leaving the data for EXPLAIN work.
 */
async function datasetOnly(url: string): Promise<void> {
  const size = sizeOf(scale);
  const api = startApi({ DATABASE_URL: url, MIGRATION_DATABASE_URL: url, SEED_DEMO: 'true', PORT: String(API_PORT) });
  try {
    await waitForHealth(API_PORT, api);
  } finally {
    await stopApi(api);
  }
  if (!size) return;
  const started = performance.now();
  const counts = await buildDataset(url, size, londonToday(), console.log);
  console.log(`Dataset built in ${seconds(performance.now() - started)} s: ${Object.entries(counts).map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`).join(', ')}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--dataset-only')) {
    const url = process.env['BENCH_DATABASE_URL'];
    if (!url) throw new Error('--dataset-only needs BENCH_DATABASE_URL: the database to build into');
    return datasetOnly(url);
  }
  const run: Record<string, unknown> = { scale, date: new Date().toISOString(), iterations: ITERATIONS, warmup: WARMUP, connections: CONNECTIONS, durationSeconds: DURATION };
  console.log(`Peerpath benchmark, --scale ${scale}`);

  const cold = await coldStart();
  console.log(`npm start cold start (fresh demo data folder, to /api/health 200): ${seconds(cold)} s`);
  run['coldStartMs'] = Math.round(cold);

  const dbName = `peerpath_bench_${scale}`;
  const pg = await benchDatabase(dbName);
  const api = startApi({ DATABASE_URL: pg.url, MIGRATION_DATABASE_URL: pg.ownerUrl, SEED_DEMO: 'true', PORT: String(API_PORT), TRUST_PROXY: 'true' });
  try {
    const bootStarted = performance.now();
    await waitForHealth(API_PORT, api);
    console.log(`API up on the bench database (migrations, demo seed) in ${seconds(performance.now() - bootStarted)} s`);

    const size = sizeOf(scale);
    if (size) {
      console.log(`Building the ${scale} dataset:`);
      const started = performance.now();
      const counts = await buildDataset(pg.ownerUrl, size, londonToday(), console.log);
      const took = performance.now() - started;
      console.log(`Dataset built in ${seconds(took)} s: ${Object.entries(counts).map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`).join(', ')}`);
      run['datasetBuildMs'] = Math.round(took);
      run['rowCounts'] = counts;
    }

    const base = `http://127.0.0.1:${API_PORT}`;
    const many = async (username: string, n: number) => {
      const sessions: HttpSession[] = [];
      for (let i = 0; i < n; i++) sessions.push(await HttpSession.signIn(base, username, DEMO_PASSWORD));
      return sessions;
    };
    const national = size ? 'admin' : 'admin';
    const local = size ? BENCH_COORDINATOR : 'coordinator';
    const cluster = size ? BENCH_AUDITOR : 'auditor';
    const prison = size ? BENCH_PRISON : 'EXI';
    const clusterCode = size ? BENCH_CLUSTER : 'devon';
    const admins = await many(national, CONNECTIONS);
    const coordinators = await many(local, CONNECTIONS);
    const auditors = await many(cluster, CONNECTIONS);
    const visitors: HttpSession[] = [];
    for (let i = 0; i < CONNECTIONS; i++) visitors.push(await HttpSession.visitor(base));

    // Ids to ask about, from the data itself: the newest (running) cohort at the local prison, one of
    // its buddies, a certified buddy and a recipient the gate allows, a certificate's short code.
    const today = londonToday();
    const ids = await admin(pg.ownerUrl, async (db) => {
      const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
      const cohort = await one(
        `SELECT c.id, count(e.*)::int AS n FROM cohorts c JOIN prisons p ON p.id = c.prison_id JOIN enrolments e ON e.cohort_id = c.id
          WHERE p.code = $1 AND c.ends_on >= $2 GROUP BY c.id ORDER BY n DESC, c.starts_on DESC LIMIT 1`,
        [prison, today],
      );
      const trainee = await one(`SELECT buddy_id AS id FROM enrolments WHERE cohort_id = $1 ORDER BY buddy_id LIMIT 1`, [cohort.id]);
      const recipient = await one(`SELECT r.id FROM recipients r JOIN prisons p ON p.id = r.prison_id WHERE p.code = $1 ORDER BY r.prison_number LIMIT 1`, [prison]);
      const certified = (
        await db.query(
          // One recipient for each of 40 buddies: a buddy the gate refuses (supervision overdue, say) refuses every pair.
          `SELECT * FROM (
             SELECT DISTINCT ON (c.buddy_id) c.buddy_id AS "buddyId", r.id AS "recipientId", c.number FROM certificates c JOIN prisons p ON p.id = c.prison_id
               JOIN recipients r ON r.prison_id = p.id
              WHERE p.code = $1 AND c.status = 'valid' AND c.expires_on > $2
                AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.buddy_id = c.buddy_id AND a.recipient_id = r.id AND a.status = 'active')
              ORDER BY c.buddy_id, r.prison_number) pair
            ORDER BY pair.number LIMIT 40`,
          [prison, today],
        )
      ).rows as { buddyId: string; recipientId: string }[];
      const certificate = await one(
        `SELECT c.short_code AS code FROM certificates c JOIN prisons p ON p.id = c.prison_id WHERE p.code = $1 AND c.status = 'valid' ORDER BY c.number LIMIT 1`,
        [prison],
      );
      return { cohort, trainee: trainee.id as string, recipient: recipient?.id as string, certified, code: certificate.code as string };
    });
    const allocation = (buddyId: string, recipientId: string) => ({ buddyId, recipientId, tasks: ['company_activities'], plannedWeeklyHours: 2, startsOn: today });
    let allowed: { buddyId: string; recipientId: string } | undefined;
    for (const pair of ids.certified) {
      const outcome = (await coordinators[0].request('POST', '/api/allocations/check', allocation(pair.buddyId, pair.recipientId))) as { allowed: boolean };
      if (outcome.allowed) {
        allowed = pair;
        break;
      }
    }
    if (!allowed) console.warn('No certified buddy passes the gate at the local prison: the successful gate check is left out.');
    const pool = await allocationPool(base, pg.ownerUrl, size ? BENCH_PRISON : prison, today, allocation);
    console.log(`Successful allocations to make: ${pool.left()} (certified buddies with room under the weekly cap, each checked at the gate once)`);
    const register = (await admins[0].get<{ total: number }>('/api/buddies?pageSize=20')).total;
    const deepPage = Math.max(1, Math.ceil(register / 20) - 1);

    const scenarios: Scenario[] = [
      { request: `progress matrix, running cohort (${ids.cohort.n} buddies)`, role: local, sessions: coordinators, path: `/api/cohorts/${ids.cohort.id}/progress` },
      { request: 'eligibility, buddy in training', role: local, sessions: coordinators, path: `/api/buddies/${ids.trainee}/eligibility` },
      { request: 'gate check, refused (in training)', role: local, sessions: coordinators, method: 'POST', path: '/api/allocations/check', body: allocation(ids.trainee, ids.recipient) },
      ...(allowed ? [{ request: 'gate check, allowed (certified)', role: local, sessions: coordinators, method: 'POST' as const, path: '/api/allocations/check', body: allocation(allowed.buddyId, allowed.recipientId) }] : []),
      { request: 'allocation, refused (in training)', role: local, sessions: coordinators, method: 'POST', path: '/api/allocations', body: allocation(ids.trainee, ids.recipient), expect: 409 },
      { request: 'allocation, made (certified, new pair each time)', role: local, sessions: coordinators, method: 'POST', path: '/api/allocations', next: pool.next, left: pool.left },
      { request: 'register, national (first page)', role: national, sessions: admins, path: '/api/buddies' },
      { request: 'register, name search, national', role: national, sessions: admins, path: '/api/buddies?search=smi' },
      { request: 'register, stage filter, national', role: national, sessions: admins, path: '/api/buddies?stage=in_training' },
      { request: `register, deep page (${deepPage} of ${Math.ceil(register / 20)})`, role: national, sessions: admins, path: `/api/buddies?page=${deepPage}&pageSize=20` },
      { request: `register, one prison (${prison})`, role: local, sessions: coordinators, path: `/api/buddies?prison=${prison}` },
      { request: `supervision due, ${prison}`, role: local, sessions: coordinators, path: `/api/supervision/due?prison=${prison}` },
      { request: 'supervision due, national', role: national, sessions: admins, path: '/api/supervision/due' },
      { request: `allocations needing attention, ${prison}`, role: local, sessions: coordinators, path: `/api/allocations/needing-attention?prison=${prison}` },
      { request: 'allocations needing attention, national', role: national, sessions: admins, path: '/api/allocations/needing-attention' },
      { request: `needs attention today, summary (${prison})`, role: local, sessions: coordinators, path: '/api/attention' },
      { request: 'recipient register, national (first page)', role: national, sessions: admins, path: '/api/recipients' },
      { request: 'audit trail, national (first page)', role: national, sessions: admins, path: '/api/audit' },
      { request: `audit trail, cluster (${clusterCode})`, role: cluster, sessions: auditors, path: '/api/audit' },
      { request: `monitoring, prison (${prison})`, role: local, sessions: coordinators, path: `/api/monitoring?scope=prison:${prison}` },
      { request: `monitoring, cluster (${clusterCode})`, role: cluster, sessions: auditors, path: `/api/monitoring?scope=cluster:${clusterCode}` },
      { request: 'monitoring, national', role: national, sessions: admins, path: '/api/monitoring?scope=national' },
      { request: 'certificate verification (public)', role: 'anyone', sessions: visitors, path: `/api/verify/${ids.code}`, ownAddress: true },
      { request: 'sign-in', role: local, sessions: visitors, method: 'POST', path: '/api/auth/login', body: { username: local, password: DEMO_PASSWORD } },
      { request: '/api/auth/me', role: local, sessions: coordinators, path: '/api/auth/me' },
    ];

    const appRole = new URL(pg.url).username;
    const stats = () =>
      admin(pg.adminUrl, async (db) => {
        const { rows } = await db.query(
          `SELECT coalesce(sum(calls), 0)::float AS calls, coalesce(sum(total_exec_time), 0)::float AS exec, coalesce(sum(total_plan_time), 0)::float AS plan
             FROM pg_stat_statements s WHERE s.userid = (SELECT oid FROM pg_roles WHERE rolname = $1) AND s.dbid = (SELECT oid FROM pg_database WHERE datname = $2)`,
          [appRole, dbName],
        );
        return rows[0] as { calls: number; exec: number; plan: number };
      });
    const reset = () => admin(pg.adminUrl, (db) => db.query('SELECT pg_stat_statements_reset()'));
    // autocannon returns when its time is up, but the API may still be working through requests it
    // had queued: wait until the app's role runs nothing, so those are not counted against the next row.
    const quiet = () =>
      admin(pg.adminUrl, async (db) => {
        for (let idle = 0; idle < 3; ) {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND state <> 'idle'`, [appRole]);
          idle = rows[0].n === 0 ? idle + 1 : 0;
          await sleep(100);
        }
      });
    let address = 0;
    const nextAddress = () => {
      address++;
      return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
    };

    const rows: Row[] = [];
    let peakRss = 0;
    console.log(`\nAt 1 connection: ${ITERATIONS} sequential requests after ${WARMUP} warm-up; DB = PostgreSQL's own time (execution + planning) per request, from pg_stat_statements.`);
    console.log(`At ${CONNECTIONS} connections: autocannon for ${DURATION} s, one session per connection; RSS = the API process's peak.\n`);
    const header = ['request', 'role', 'p50', 'p95', 'p99', 'DB/req', 'plan', 'stmts', 'API/DB', `req/s@${CONNECTIONS}`, `p99@${CONNECTIONS}`, 'errors', 'RSS MB'];
    console.log(`${header[0].padEnd(50)}${header[1].padEnd(18)}${header.slice(2).map((h) => h.padStart(9)).join('')}`);
    for (const s of scenarios) {
      const row: Row = { request: s.request, role: s.role };
      const session = s.sessions[0];
      const wrong = (status: number) => (s.expect ? status !== s.expect : status >= 400);
      const once = async () => {
        const own = s.next?.();
        const body = own ? own.body : s.body;
        const headers: Record<string, string> = { ...(own ? own.headers : session.headers()) };
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (s.ownAddress) headers['x-forwarded-for'] = nextAddress();
        const res = await fetch(base + s.path, { method: s.method ?? 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
        await res.arrayBuffer();
        return res.status;
      };
      // A request that changes something once: as many as the pool allows, leaving half for the 50-connection run.
      const iterations = s.left ? Math.min(ITERATIONS, Math.floor(s.left() / 3)) : ITERATIONS;
      const warmup = s.left ? Math.min(WARMUP, Math.floor(s.left() / 10)) : WARMUP;
      let errors = 0;
      await quiet();
      for (let i = 0; i < warmup; i++) if (wrong(await once())) errors++;
      await reset();
      const samples: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        if (wrong(await once())) errors++;
        samples.push(performance.now() - started);
      }
      const db = await stats();
      samples.sort((a, b) => a - b);
      const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
      Object.assign(row, { p50: at(0.5), p95: at(0.95), p99: at(0.99), dbMs: (db.exec + db.plan) / iterations, dbPlanMs: db.plan / iterations, statements: db.calls / iterations, errors1: errors, requests1: iterations });

      // 50 connections, each with its own session.
      let rss = 0;
      const sampler = setInterval(() => {
        try {
          const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0);
          rss = Math.max(rss, kb / 1024);
        } catch {
          // the process is gone: the run reports it as errors
        }
      }, 200);
      let client = 0;
      // A pool of one-off changes too small for every connection to send one is not run at 50.
      const result = s.left && s.left() < 2 * CONNECTIONS ? undefined : await autocannon({
        url: base + s.path,
        connections: CONNECTIONS,
        duration: DURATION,
        method: s.method ?? 'GET',
        body: s.body === undefined ? undefined : JSON.stringify(s.body),
        headers: s.body === undefined ? {} : { 'content-type': 'application/json' },
        setupClient: (c: { setHeaders: (h: Record<string, string>) => void }) => {
          const headers: Record<string, string> = { ...s.sessions[client++ % s.sessions.length].headers() };
          if (s.body !== undefined) headers['content-type'] = 'application/json';
          c.setHeaders(headers);
        },
        // Each pair is allocated once: a pool smaller than the run could use is used up exactly.
        // Less one per connection: autocannon prepares each connection's next request before it knows the run is over.
        ...(s.left && s.left() < CONNECTIONS * DURATION * 20 ? { amount: s.left() - CONNECTIONS } : {}),
        requests: s.ownAddress
          ? [{ setupRequest: (req: { headers?: Record<string, string> }) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': nextAddress() } }) }]
          : s.next
            ? [
                {
                  setupRequest: (req: { headers?: Record<string, string> }) => {
                    const own = s.next?.();
                    return own ? { ...req, headers: { ...own.headers, 'content-type': 'application/json' }, body: JSON.stringify(own.body) } : req;
                  },
                },
              ]
            : undefined,
      });
      clearInterval(sampler);
      peakRss = Math.max(peakRss, rss);
      if (result) {
        const answered = Object.values(result.statusCodeStats ?? {}).reduce((n, c) => n + Number(c.count), 0);
        const right = s.expect ? Number(result.statusCodeStats?.[String(s.expect)]?.count ?? 0) : answered - result.non2xx;
        // None answered in the whole run is a failure too, not a quiet zero.
        Object.assign(row, { rps: result.requests.average, p99At50: answered ? result.latency.p99 : undefined, errors50: result.errors + result.timeouts + (answered - right) + (answered ? 0 : CONNECTIONS), rssMb: Math.round(rss) });
      }
      rows.push(row);
      const n = (v: number | undefined, d = 1) => (v === undefined ? '' : v.toFixed(d)).padStart(9);
      const ratio = row.dbMs ? (row.p50 ?? 0) / row.dbMs : undefined;
      console.log(
        `${row.request.padEnd(50)}${row.role.padEnd(18)}${n(row.p50)}${n(row.p95)}${n(row.p99)}${n(row.dbMs, 2)}${n(row.dbPlanMs, 2)}${n(row.statements)}${n(ratio)}${n(row.rps, 0)}${n(row.p99At50, 0)}${String(`${row.errors1}/${row.errors50 ?? '–'}`).padStart(9)}${n(row.rssMb, 0)}`,
      );
    }
    run['peakRssMb'] = Math.round(peakRss);
    run['rows'] = rows;
    console.log(`\nAPI peak RSS under ${CONNECTIONS} connections: ${Math.round(peakRss)} MB. npm start cold start: ${seconds(cold)} s.`);
    writeResults(run, rows);
  } finally {
    await stopApi(api);
    await admin(pg.adminUrl, (db) => db.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch(() => undefined);
    await pg.stop();
  }
}

/**
 * Pairs the gate allows, to make real allocations with: certified buddies at up to 20 prisons
 * (the first is the local one), each with recipients they are not yet allocated to, as many per
 * buddy as the weekly cap has room for at 2 hours each. Each buddy's first pair is tried at the gate
 * once (supervision overdue and the like refuse every pair); each prison's coordinator signs in once.
 * Pairs are handed out a round at a time, so simultaneous requests mostly touch different buddies.
 */
async function allocationPool(
  base: string,
  ownerUrl: string,
  firstPrison: string,
  today: string,
  allocation: (buddyId: string, recipientId: string) => Record<string, unknown>,
): Promise<{ next: () => { headers: Record<string, string>; body: unknown } | undefined; left: () => number }> {
  const HOURS = 2;
  const candidates = await admin(ownerUrl, async (db) => {
    const { rows } = await db.query(
      `WITH prison AS (
         SELECT p.id, p.code, p.weekly_hours_cap FROM prisons p
          WHERE p.code = $1 OR p.code LIKE 'Z__' ORDER BY p.code <> $1, p.code LIMIT 20
       ), room AS (
         SELECT c.buddy_id, pr.id AS prison_id, pr.code,
                pr.weekly_hours_cap - COALESCE((SELECT sum(a.planned_weekly_hours) FROM allocations a WHERE a.buddy_id = c.buddy_id AND a.status = 'active'), 0) AS spare
           FROM certificates c JOIN prison pr ON pr.id = c.prison_id
          WHERE c.status = 'valid' AND c.expires_on > $2::date
       )
       SELECT code, buddy_id AS "buddyId", recipient_id AS "recipientId", k FROM (
         SELECT room.code, room.buddy_id, r.id AS recipient_id, room.spare,
                row_number() OVER (PARTITION BY room.buddy_id ORDER BY r.prison_number) AS k
           FROM room JOIN recipients r ON r.prison_id = room.prison_id
          WHERE NOT EXISTS (SELECT 1 FROM allocations a WHERE a.buddy_id = room.buddy_id AND a.recipient_id = r.id AND a.status = 'active')
       ) x
       WHERE k * $3 <= spare ORDER BY k, code, buddy_id`,
      [firstPrison, today, HOURS],
    );
    return rows as { code: string; buddyId: string; recipientId: string; k: string }[];
  });
  const staff = await admin(ownerUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT DISTINCT ON (p.code) p.code, u.username FROM role_assignments ra JOIN users u ON u.id = ra.user_id JOIN prisons p ON p.id = ra.prison_id
        WHERE ra.role = 'coordinator' AND u.disabled_at IS NULL AND p.code = ANY($1) ORDER BY p.code, u.username = 'coordinator' DESC, u.username`,
      [[...new Set(candidates.map((c) => c.code))]],
    );
    return new Map((rows as { code: string; username: string }[]).map((r) => [r.code, r.username]));
  });
  const sessions = new Map<string, HttpSession>();
  for (const [code, username] of staff) sessions.set(code, await HttpSession.signIn(base, username, DEMO_PASSWORD));
  const refused = new Set<string>();
  for (const c of candidates.filter((c) => Number(c.k) === 1)) {
    const session = sessions.get(c.code);
    const outcome = session ? ((await session.request('POST', '/api/allocations/check', { ...allocation(c.buddyId, c.recipientId), plannedWeeklyHours: HOURS })) as { allowed: boolean }) : { allowed: false };
    if (!outcome.allowed) refused.add(c.buddyId);
  }
  const pairs = candidates.filter((c) => !refused.has(c.buddyId) && sessions.has(c.code));
  let i = 0;
  return {
    next: () => {
      const pair = pairs[i++];
      return pair && { headers: sessions.get(pair.code)!.headers(), body: { ...allocation(pair.buddyId, pair.recipientId), plannedWeeklyHours: HOURS } };
    },
    left: () => Math.max(0, pairs.length - i),
  };
}

function writeResults(run: Record<string, unknown>, rows: Row[]): void {
  const dir = resolve(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const day = String(run['date']).slice(0, 10);
  const name = scale === 'national' ? day : `${day}-${scale}`;
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(run, null, 2) + '\n');
  const f = (v: number | undefined, d = 1) => (v === undefined ? '' : v.toFixed(d));
  const lines = [
    `# Peerpath benchmark, --scale ${scale}, ${day}`,
    '',
    `npm start cold start: ${seconds(Number(run['coldStartMs']))} s · API peak RSS at ${CONNECTIONS} connections: ${run['peakRssMb']} MB` +
      (run['datasetBuildMs'] ? ` · dataset built in ${seconds(Number(run['datasetBuildMs']))} s` : ''),
    ...(run['rowCounts'] ? ['', `Rows: ${Object.entries(run['rowCounts'] as Record<string, number>).map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`).join(', ')}`] : []),
    '',
    `Times in ms over loopback. @1: ${ITERATIONS} sequential requests after ${WARMUP} warm-up. DB: PostgreSQL's own execution + planning time per request (pg_stat_statements, every statement the request ran, session handling included). @${CONNECTIONS}: autocannon for ${DURATION} s, one signed-in session per connection.`,
    '',
    `| request | role | p50 | p95 | p99 | DB/req (plan) | statements | API/DB | req/s @${CONNECTIONS} | p99 @${CONNECTIONS} | errors @1/@${CONNECTIONS} | RSS MB |`,
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.request}${r.requests1 !== undefined && r.requests1 < ITERATIONS ? ` (${r.requests1} at 1 connection)` : ''} | ${r.role} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.dbMs, 2)} (${f(r.dbPlanMs, 2)}) | ${f(r.statements)} | ${r.dbMs ? f((r.p50 ?? 0) / r.dbMs) : ''} | ${f(r.rps, 0)} | ${f(r.p99At50, 0)} | ${r.errors1}/${r.errors50 ?? '–'} | ${r.rssMb ?? ""} |`,
    ),
    '',
  ];
  writeFileSync(join(dir, `${name}.md`), lines.join('\n'));
  console.log(`Results: bench/results/${name}.json and .md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

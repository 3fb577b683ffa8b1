import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { expect, test } from '@playwright/test';

/*
 * The national-scale issue: several stateless API processes behind a load balancer, one
 * database. Two built servers (as `npm start` runs them) on different ports: A starts the
 * embedded PostgreSQL, B connects to it with DATABASE_URL as a deployment would. Requests go to
 * whichever process the test names, as a load balancer without sticky sessions would send them,
 * and what must hold across processes (sessions, sign-in limits, the verification limit,
 * idempotency keys, the allocation cap) does. No browser: HTTP alone.
 */

const PASSWORD = 'peerpath-demo-2026';
/** Failures from one address before it is refused: lowered on both processes, so the test is short. */
const ADDRESS_LIMIT = 6;
/** The public verification limit per address per minute (certificates.controller.ts). */
const VERIFY_LIMIT = 30;

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
}

const running = (server: Server) => server.child.exitCode === null && server.child.signalCode === null;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, port: number, env: Record<string, string>): Server {
  // The Node running this test (24): the system node may be older than the bundle needs.
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', SIGN_IN_DELAY_MS: '0', REPORTING_DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { name, url: `http://127.0.0.1:${port}`, child, output: () => output };
}

/** Waits for /api/health to answer 200; fails at once, with the server's own words, if it exits. */
async function healthy(server: Server): Promise<void> {
  for (;;) {
    if (!running(server)) throw new Error(`Peerpath ${server.name} exited (${server.child.exitCode ?? server.child.signalCode}): ${server.output()}`);
    const status = await fetch(`${server.url}/api/health`).then((res) => res.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

/**
 * One browser's cookie jar, sending each request to the process named: both listen on
 * 127.0.0.1, so, as behind a load balancer, the same cookies go to either. Echoes the XSRF
 * token as the web app does; `from` sets X-Forwarded-For (the processes trust one proxy).
 */
class Client {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly from?: string) {}

  async send(server: Server, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const sent: Record<string, string> = { ...headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) sent['x-xsrf-token'] = decodeURIComponent(xsrf);
    if (this.from) sent['x-forwarded-for'] = this.from;
    if (body !== undefined) sent['content-type'] = 'application/json';
    const res = await fetch(server.url + path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const text = await res.text();
    return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: res.headers };
  }

  get(server: Server, path: string): Promise<Answer> {
    return this.send(server, 'GET', path);
  }

  post(server: Server, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> {
    return this.send(server, 'POST', path, body, headers);
  }

  /** A visitor's XSRF token first (any GET), then the sign-in. */
  async signIn(server: Server, username: string, password = PASSWORD): Promise<Answer> {
    if (!this.cookies.has('XSRF-TOKEN')) await this.get(server, '/api/ping');
    return this.post(server, '/api/auth/login', { username, password });
  }
}

/** Today's date in the prison's calendar (London), moved by some days. */
function londonDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test.describe('two API processes on one database', () => {
  let folder: string;
  let a: Server;
  let b: Server;
  const started: Server[] = [];

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    folder = mkdtempSync(join(tmpdir(), 'peerpath-two-'));
    // As root, PostgreSQL runs as its own user, which must be able to reach the data folder.
    chmodSync(folder, 0o755);
    const dataDir = join(folder, 'postgres');
    const [portA, portB, pgPort] = [await freePort(), await freePort(), await freePort()];
    // What every process of one deployment shares: the secret that signs cookies, the proxy in front, the limits.
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex'), TRUST_PROXY: 'true', SIGN_IN_MAX_FAILURES_PER_ADDRESS: String(ADDRESS_LIMIT) };

    // A makes the database (embedded), migrates it and seeds the demo.
    a = start('A', portA, { ...shared, DATABASE_URL: '', MIGRATION_DATABASE_URL: '', EMBEDDED_PG_PORT: String(pgPort), PEERPATH_DATA_DIR: dataDir, SEED_DEMO: 'true' });
    started.push(a);
    await healthy(a);

    // B connects to A's database as a deployed process does, with the two roles A made, and reads reports through a second pool.
    const roles = JSON.parse(readFileSync(join(dataDir, 'peerpath-roles.json'), 'utf8')) as { ownerPassword: string; appPassword: string };
    const url = (role: string, password: string) => `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/peerpath`;
    b = start('B', portB, {
      ...shared,
      DATABASE_URL: url('peerpath_app', roles.appPassword),
      MIGRATION_DATABASE_URL: url('peerpath_owner', roles.ownerPassword),
      REPORTING_DATABASE_URL: url('peerpath_app', roles.appPassword),
      SEED_DEMO: 'false',
    });
    started.push(b);
    await healthy(b);
  });

  test.afterAll(async () => {
    // B first: A stops the embedded PostgreSQL as it goes.
    for (const server of [...started].reverse().filter(running)) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('a session started on A is good on B, and signing out on B ends it on A', async () => {
    const browser = new Client();
    expect((await browser.signIn(a, 'coordinator')).status).toBe(200);
    const onB = await browser.get(b, '/api/auth/me');
    expect(onB.status).toBe(200);
    expect(onB.body.username).toBe('coordinator');
    // A change made through B (its XSRF token was handed out by A) is accepted.
    expect((await browser.post(b, '/api/auth/session')).status).toBe(200);

    expect((await browser.post(b, '/api/auth/logout')).status).toBe(204);
    expect((await browser.get(a, '/api/auth/me')).status).toBe(401);
    expect((await browser.get(b, '/api/auth/me')).status).toBe(401);
  });

  test('an account locks after five failures counted on both processes together', async () => {
    const guesser = new Client('198.51.100.10');
    for (let i = 0; i < 4; i++) expect((await guesser.signIn(a, 'trainer', 'wrong password')).body.code).toBe('INVALID_CREDENTIALS');
    const fifth = await guesser.signIn(b, 'trainer', 'wrong password');
    expect([fifth.status, fifth.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    // Locked on A too, even for the right password.
    const right = await new Client('198.51.100.11').signIn(a, 'trainer');
    expect([right.status, right.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
  });

  test('an address is refused after its failures on both processes reach the limit', async () => {
    const guesser = new Client('198.51.100.20');
    // Different unknown usernames each time, so only the address's count grows.
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const answer = await guesser.signIn(i % 2 ? b : a, `nobody-${i}`, 'wrong password');
      expect([answer.status, answer.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    }
    for (const server of [a, b]) {
      const refused = await guesser.signIn(server, 'coordinator');
      expect([refused.status, refused.body.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    }
    // Another address signs in as usual.
    expect((await new Client('198.51.100.21').signIn(b, 'coordinator')).status).toBe(200);
  });

  test('the public verification limit counts an address’s requests on both processes together', async () => {
    const walker = new Client('198.51.100.30');
    const unknownCode = '/api/verify/AAAAAAAAAAAAAAAAAAAAAA';
    // Half on each process, all at once: each is counted, none refused.
    const first = await Promise.all(Array.from({ length: VERIFY_LIMIT }, (_, i) => walker.get(i % 2 ? b : a, unknownCode)));
    expect(first.map((answer) => answer.status)).toEqual(Array(VERIFY_LIMIT).fill(404));
    for (const server of [a, b]) {
      const refused = await walker.get(server, unknownCode);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
    }
    expect((await new Client('198.51.100.31').get(a, unknownCode)).status).toBe(404);
  });

  test('an Idempotency-Key sent again to B after A answered gets A’s answer and writes nothing', async () => {
    const coordinator = new Client('198.51.100.40');
    expect((await coordinator.signIn(a, 'coordinator')).status).toBe(200);
    const application = { prisonNumber: 'Q7001MA', firstName: 'Idris', lastName: 'Twice', prisonCode: 'EXI', appliedOn: londonDay(-30) };
    const key = { 'idempotency-key': `two-processes-${randomBytes(8).toString('hex')}` };

    const onA = await coordinator.post(a, '/api/buddies', application, key);
    expect(onA.status).toBe(201);
    const auditor = new Client('198.51.100.41');
    expect((await auditor.signIn(a, 'admin')).status).toBe(200);
    const trailAfterA = await auditor.get(a, `/api/audit?buddyId=${onA.body.id}`);
    expect(trailAfterA.body.total).toBeGreaterThan(0);

    const onB = await coordinator.post(b, '/api/buddies', application, key);
    expect(onB.status).toBe(201);
    expect(onB.headers.get('idempotent-replayed')).toBe('true');
    expect(onB.body).toEqual(onA.body);
    // One buddy, and no more audit events than the first request made.
    expect((await coordinator.get(b, `/api/buddies?search=${application.prisonNumber}`)).body.total).toBe(1);
    expect((await auditor.get(b, `/api/audit?buddyId=${onA.body.id}`)).body.total).toBe(trailAfterA.body.total);
  });

  test('two allocations sent at once, one to each process, cannot together pass the weekly hours cap', async () => {
    const coordinator = new Client('198.51.100.50');
    expect((await coordinator.signIn(a, 'coordinator')).status).toBe(200);
    // Gareth Hughes: certified and supervised, not yet allocated. Dennis Shaw and Brian Walsh wait for support at Exeter.
    const gareth = (await coordinator.get(a, '/api/allocations/buddies?prison=EXI&search=Gareth')).body.items[0];
    expect(gareth.lastName).toBe('Hughes');
    const waiting = (await coordinator.get(a, '/api/recipients?prison=EXI&support=waiting')).body.items as { id: string; lastName: string }[];
    const [dennis, brian] = ['Shaw', 'Walsh'].map((lastName) => {
      const found = waiting.find((r) => r.lastName === lastName);
      if (!found) throw new Error(`${lastName} is not waiting at Exeter in the demo data`);
      return found;
    });
    const allocation = (recipientId: string, plannedWeeklyHours: number) => ({
      buddyId: gareth.id,
      recipientId,
      tasks: ['escorting_mobility'],
      plannedWeeklyHours,
      startsOn: londonDay(1),
    });

    // The gate says how many hours Gareth has left under his prison's cap.
    const tooMany = await coordinator.post(a, '/api/allocations/check', allocation(dennis.id, 40));
    const overCap = (tooMany.body.reasons as { code: string; message: string }[]).filter((r) => r.code === 'OVER_WEEKLY_HOURS_CAP').map((r) => r.message);
    const hoursLeft = /\(([\d.]+) hours? already allocated\); the cap is ([\d.]+) hours?/;
    expect(overCap).toEqual([expect.stringMatching(hoursLeft)]);
    const [, active, cap] = overCap[0].match(hoursLeft) as RegExpMatchArray;
    const left = Number(cap) - Number(active);
    expect(left).toBeGreaterThan(0);
    // Each alone fits; the two together do not.
    for (const recipient of [dennis, brian]) expect((await coordinator.post(a, '/api/allocations/check', allocation(recipient.id, left))).body.allowed).toBe(true);

    const [onA, onB] = await Promise.all([coordinator.post(a, '/api/allocations', allocation(dennis.id, left)), coordinator.post(b, '/api/allocations', allocation(brian.id, left))]);
    expect([onA.status, onB.status].sort()).toEqual([201, 409]);
    const refused = [onA, onB].filter((answer) => answer.status === 409).flatMap((answer) => answer.body.reasons as { code: string }[]);
    expect(refused.map((r) => r.code)).toContain('OVER_WEEKLY_HOURS_CAP');
    const held = (await coordinator.get(b, `/api/buddies/${gareth.id}/allocations`)).body as { status: string; plannedWeeklyHours: number }[];
    expect(held.filter((x) => x.status === 'active').reduce((sum, x) => sum + x.plannedWeeklyHours, 0)).toBe(Number(active) + left);
  });

  test('B reads the monitoring dashboard through its reporting pool', async () => {
    const admin = new Client('198.51.100.60');
    expect((await admin.signIn(b, 'admin')).status).toBe(200);
    const dashboard = await admin.get(b, '/api/monitoring');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.comparison.rows.length).toBeGreaterThan(0);
    expect((await admin.get(b, '/api/audit/csv')).status).toBe(200);
  });
});

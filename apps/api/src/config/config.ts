import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * Everything Peerpath reads from the environment, validated once at boot.
 * The README lists every variable; keep the two in step.
 */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string | undefined;
  /** Unset means: run an embedded PostgreSQL under dataDir (demo mode). */
  databaseUrl: string | undefined;
  /**
   * The owner that runs the migrations and grants the app's role its privileges. Unset: the
   * migrations run as DATABASE_URL's role (which then owns the schema: a warning says so).
   */
  migrationDatabaseUrl: string | undefined;
  /**
   * A read-only connection for reports (monitoring, CSV downloads), normally a read replica.
   * Unset: reports use DATABASE_URL (see ReportingDatabase).
   */
  reportingDatabaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  sessionSecret: string;
  /** A staff session ends after this many seconds without a request that extends it. */
  sessionIdleSeconds: number;
  /** A buddy's kiosk session (buddy role only) ends sooner: the kiosk is shared. */
  kioskIdleSeconds: number;
  trustProxy: boolean;
  logLevel: string;
  signIn: SignInPolicy;
  webDist: string | undefined;
  /** Where people reach the service, for links printed on paper (the certificate's QR code). */
  publicUrl: string;
  gitSha: string;
  version: string;
}

export interface SignInPolicy {
  /** Failed attempts on one account before it locks. */
  maxFailuresPerAccount: number;
  /** Failed attempts from one address within the window before it is refused. */
  maxFailuresPerAddress: number;
  windowMinutes: number;
  lockMinutes: number;
  /** Base of the growing pause after repeated failures. */
  delayMs: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}

/**
 * An idle time given in minutes (the setting people use) or, to make the timeout testable in a
 * browser, in seconds; not both, so nobody wonders which one wins.
 */
function idleSeconds(env: Env, name: 'SESSION_IDLE' | 'KIOSK_IDLE', fallbackMinutes: number): number {
  const minutes = env[`${name}_MINUTES`];
  const seconds = env[`${name}_SECONDS`];
  if (minutes && seconds) throw new ConfigError(`Set ${name}_MINUTES or ${name}_SECONDS, not both`);
  if (seconds) return integer(env, `${name}_SECONDS`, 0, MIN_IDLE_SECONDS);
  return integer(env, `${name}_MINUTES`, fallbackMinutes, 1) * 60;
}

/** Below this the timeout warning (at least 20 seconds, WCAG 2.2.1) could not fit before the end. */
export const MIN_IDLE_SECONDS = 25;

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

export function readConfig(env: Env = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const databaseUrl = env['DATABASE_URL'] || undefined;
  const migrationDatabaseUrl = env['MIGRATION_DATABASE_URL'] || undefined;
  if (migrationDatabaseUrl && !databaseUrl) {
    throw new ConfigError('MIGRATION_DATABASE_URL is set without DATABASE_URL: set both (the embedded database makes its own roles)');
  }
  const reportingDatabaseUrl = env['REPORTING_DATABASE_URL'] || undefined;
  if (reportingDatabaseUrl && !databaseUrl) {
    throw new ConfigError('REPORTING_DATABASE_URL is set without DATABASE_URL: a read replica serves a database of your own, not the embedded one');
  }
  let sessionSecret = env['SESSION_SECRET'] ?? '';
  if (sessionSecret && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  }
  if (!sessionSecret) {
    if (production) throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production');
    // Development only: sessions will not survive a restart or be shared between processes.
    sessionSecret = randomBytes(32).toString('hex');
  }
  return {
    production,
    port: integer(env, 'PORT', 3000, 1),
    host: env['HOST'] || undefined,
    databaseUrl,
    migrationDatabaseUrl,
    reportingDatabaseUrl,
    dataDir: env['PEERPATH_DATA_DIR'] || '.data/postgres',
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 5439, 1),
    // Demo data is the default only for the embedded database.
    seedDemo: flag(env, 'SEED_DEMO', databaseUrl === undefined),
    sessionSecret,
    sessionIdleSeconds: idleSeconds(env, 'SESSION_IDLE', 60),
    kioskIdleSeconds: idleSeconds(env, 'KIOSK_IDLE', 10),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    logLevel: env['LOG_LEVEL'] || (env['NODE_ENV'] === 'test' ? 'silent' : 'info'),
    signIn: {
      maxFailuresPerAccount: integer(env, 'SIGN_IN_MAX_FAILURES', 5, 1),
      maxFailuresPerAddress: integer(env, 'SIGN_IN_MAX_FAILURES_PER_ADDRESS', 50, 1),
      windowMinutes: integer(env, 'SIGN_IN_WINDOW_MINUTES', 15, 1),
      lockMinutes: integer(env, 'SIGN_IN_LOCK_MINUTES', 15, 1),
      delayMs: integer(env, 'SIGN_IN_DELAY_MS', 250, 0),
    },
    webDist: env['WEB_DIST'] || undefined,
    publicUrl: (env['PUBLIC_URL'] || `http://localhost:${env['PORT'] || 3000}`).replace(/\/+$/, ''),
    gitSha: env['GIT_SHA'] || gitShaFromCheckout(),
    version: env['npm_package_version'] || '0.1.0',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Outside Docker (where GIT_SHA is a build argument) the checkout knows its own commit. */
function gitShaFromCheckout(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

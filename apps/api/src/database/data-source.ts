import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** How one pool presents itself: its name in pg_stat_activity, and whether it may write. */
export interface PoolRole {
  applicationName: string;
  /** Every transaction on the pool's connections is read-only (the reporting pool: a replica, or a guard on the primary). */
  readOnly?: boolean;
}

/** The pool that serves requests. */
export const APP_POOL: PoolRole = { applicationName: 'peerpath' };

/** The one place TypeORM is configured: used by the app, the tests and the CLI. */
export function dataSourceOptions(url: string, pool: PoolRole = APP_POOL): DataSourceOptions {
  const settings = ['-c jit=off', ...(pool.readOnly ? ['-c default_transaction_read_only=on'] : [])].join(' ');
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // The schema comes only from migrations.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A database that does not answer fails a request in seconds (503), rather than holding it open.
    // No JIT: our larger lists cross its cost threshold and pay 20–70 ms compiling on every request
    // for queries that run in tens of milliseconds (measured; see README, Database).
    applicationName: pool.applicationName,
    extra: { max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10), connectionTimeoutMillis: 15000, options: settings },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}

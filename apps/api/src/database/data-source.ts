import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one place TypeORM is configured: used by the app, the tests and the CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
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
    extra: { max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10), connectionTimeoutMillis: 15000, options: '-c jit=off' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}

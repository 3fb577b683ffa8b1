import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { type DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** A statement run often enough that its parse and plan are worth keeping on each connection. */
export interface Prepared {
  /** The name PostgreSQL keeps it under: the given name and a hash of the text, so two texts never share one. */
  readonly name: string;
  readonly text: string;
}

/**
 * Names a hot statement. node-postgres prepares a named statement once per connection and then
 * only binds and executes it, so PostgreSQL skips parsing and (after five runs, when its generic
 * plan is no dearer) planning: for our short lookups, planning cost more than running.
 */
export function prepared(name: string, text: string): Prepared {
  return { name: `${name}_${createHash('sha1').update(text).digest('hex').slice(0, 10)}`, text };
}

type Runner = Pick<PoolClient, 'query'> | Pick<Pool, 'query'>;

/** The TypeORM data source's own pool (as the session store reaches it). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Runs a prepared statement and returns its rows, as `query` would. Given an EntityManager in a
 * transaction, it runs on that transaction's connection (never on another one from the pool,
 * which would not see the transaction's writes or locks); otherwise on any pooled connection.
 * Errors come back as TypeORM's QueryFailedError, so they are answered as every other query's are.
 */
export async function runPrepared<T extends QueryResultRow>(source: DataSource | EntityManager, statement: Prepared, values: unknown[]): Promise<T[]> {
  let runner: Runner;
  if (source instanceof EntityManager) {
    const queryRunner = source.queryRunner;
    runner = queryRunner && !queryRunner.isReleased ? ((await queryRunner.connect()) as PoolClient) : poolOf(source.connection);
  } else {
    runner = poolOf(source);
  }
  try {
    const result = await runner.query<T>({ name: statement.name, text: statement.text, values });
    return result.rows;
  } catch (error) {
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

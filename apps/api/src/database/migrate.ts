import type { DataSource } from 'typeorm';

/** Applies pending migrations under an advisory lock, so several processes starting at once take turns. */
export async function migrate(dataSource: DataSource): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('peerpath-migrations'))`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('peerpath-migrations'))`);
    await runner.release();
  }
}

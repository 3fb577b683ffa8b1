import { createDataSource } from './data-source';
import { migrate } from './migrate';
import { createTestDatabase } from '@peerpath/api/testing/test-app';

describe('migrations (real PostgreSQL)', () => {
  it('apply to an empty database, leave nothing for TypeORM to generate, and revert cleanly', async () => {
    const database = await createTestDatabase();
    const dataSource = await createDataSource(database.url).initialize();
    try {
      expect(await migrate(dataSource)).toBeGreaterThan(0);
      // The same check as `npm run db:generate`: entities and migrations must agree.
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);

      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM prisons WHERE code IN ('EXI','DAI','CWI','HLI','HMI','LEI')`);
      expect(count).toBe(6);

      for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('keeps audit events append-only at the database level', async () => {
    const database = await createTestDatabase();
    const dataSource = await createDataSource(database.url).initialize();
    try {
      await migrate(dataSource);
      await dataSource.query(`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('test.event', 'user', 'x')`);
      await expect(dataSource.query(`UPDATE audit_events SET action = 'edited'`)).rejects.toThrow(/cannot be changed or deleted/);
      await expect(dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/cannot be changed or deleted/);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

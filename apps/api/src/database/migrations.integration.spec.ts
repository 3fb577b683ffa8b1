import { createDataSource } from './data-source';
import { migrate } from './migrate';
import { createTestDatabase } from '@peerpath/api/testing/test-app';
import { seedDemo } from '@peerpath/api/demo/demo-seed';
import { seedReferenceProgrammes } from '@peerpath/api/programmes/reference/seed-reference-programmes';
import { isShortCode } from '@peerpath/domain';

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

  it('gives certificates issued before short codes existed a code each, unique and typeable', async () => {
    const database = await createTestDatabase();
    const dataSource = await createDataSource(database.url).initialize();
    try {
      await migrate(dataSource);
      await seedReferenceProgrammes(dataSource);
      await seedDemo(dataSource, { history: false });
      const shortCodes = 'CertificateShortCodes1796400000000';
      while ((await dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [shortCodes])).length) await dataSource.undoLastMigration();
      const [{ before }] = await dataSource.query(`SELECT count(*)::int AS before FROM certificates`);
      expect(before).toBeGreaterThan(0);

      await migrate(dataSource);
      const codes: string[] = (await dataSource.query(`SELECT short_code FROM certificates`)).map((r: { short_code: string }) => r.short_code);
      expect(codes).toHaveLength(before);
      expect(codes.filter((code) => !isShortCode(code))).toEqual([]);
      expect(new Set(codes).size).toBe(before);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

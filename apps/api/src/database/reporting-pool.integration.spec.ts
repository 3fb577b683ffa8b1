import { parse } from 'csv-parse/sync';
import type { FactoryProvider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { MonitoringDashboard } from '@peerpath/contracts';
import { readConfig } from '@peerpath/api/config/config';
import { ReportingDatabase } from '@peerpath/api/platform/reporting-database';
import { approvedBuddy } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, createTestDatabase, roleUrls, type TestApp } from '@peerpath/api/testing/test-app';
import { seedDemo } from '@peerpath/api/demo/demo-seed';
import { seedReferenceProgrammes } from '@peerpath/api/programmes/reference/seed-reference-programmes';
import type { ScratchDatabase } from './scratch-database';
import { createDataSource } from './data-source';
import { prepareDatabase } from './prepare-database';
import { reportingDatabaseProvider } from './reporting-pool';

/*
 * REPORTING_DATABASE_URL: the monitoring dashboards and the CSV downloads read from a pool of
 * their own (a read replica in production), which cannot write; unset, they use the main one.
 */

const csvRows = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''));

describe('the reporting database (REPORTING_DATABASE_URL)', () => {
  it('unset, is the main connection: no second pool', async () => {
    const main = {} as DataSource;
    const { useFactory } = reportingDatabaseProvider as FactoryProvider<Promise<ReportingDatabase>>;
    expect((await useFactory(main, readConfig({ NODE_ENV: 'test' }))).dataSource).toBe(main);
  });

  describe('set to the same database: a second pool', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp({}, { reportingDatabaseUrl: (appUrl) => appUrl })));
    afterAll(() => t.close());

    it('answers the monitoring dashboard and its downloads', async () => {
      const admin = await t.client();
      await admin.signIn('admin').expect(200);
      const dashboard: MonitoringDashboard = (await admin.agent.get('/api/monitoring').expect(200)).body;
      expect(dashboard.comparison.rows.length).toBeGreaterThan(0);
      const csv = await admin.agent.get('/api/monitoring/csv/comparison').buffer(true).expect(200);
      expect(csvRows(csv.text).length).toBe(dashboard.comparison.rows.length + 1);
      await admin.agent.get('/api/monitoring/summary.pdf').expect(200);
      await admin.agent.get('/api/audit/csv').buffer(true).expect(200);
    });

    it('is a pool of its own, named in pg_stat_activity, whose connections cannot write', async () => {
      const reporting = t.app.get(ReportingDatabase).dataSource;
      expect(reporting).not.toBe(t.dataSource);
      const [{ name: reportingName }] = await reporting.query(`SELECT current_setting('application_name') AS name`);
      const [{ name: mainName }] = await t.dataSource.query(`SELECT current_setting('application_name') AS name`);
      expect([reportingName, mainName]).toEqual(['peerpath-reporting', 'peerpath']);
      await expect(reporting.query(`INSERT INTO rate_limits (bucket, key, hits, last_hit_at) VALUES ('reporting', 'write', ARRAY[now()], now())`)).rejects.toThrow('read-only transaction');
      await expect(t.dataSource.query(`INSERT INTO rate_limits (bucket, key, hits, last_hit_at) VALUES ('main', 'write', ARRAY[now()], now()) RETURNING key`)).resolves.toHaveLength(1);
    });
  });

  describe('set to a replica that has not caught up', () => {
    // A stand-in for a lagging replica: a second database, migrated and seeded as the primary was,
    // whose prison names differ, and which never sees what is written after it was made.
    let replica: ScratchDatabase;
    let t: TestApp;
    beforeAll(async () => {
      replica = await createTestDatabase();
      const urls = roleUrls(replica.url);
      await prepareDatabase(urls.owner, urls.app);
      const owner = await createDataSource(urls.owner).initialize();
      await seedReferenceProgrammes(owner);
      await seedDemo(owner, { history: false });
      await owner.query(`UPDATE prisons SET name = name || ' (replica)'`);
      await owner.destroy();
      t = await createTestApp({}, { reportingDatabaseUrl: () => urls.app });
    });
    afterAll(async () => {
      await t.close();
      await replica.drop();
    });

    it('serves the dashboard and the downloads from the replica, and everything else from the primary', async () => {
      const coordinator = await t.client();
      await coordinator.signIn('coordinator').expect(200);
      const buddy = await approvedBuddy(coordinator);
      const admin = await t.client();
      await admin.signIn('admin').expect(200);

      // The dashboard and its CSV name the prisons as the replica does.
      const dashboard: MonitoringDashboard = (await admin.agent.get('/api/monitoring?scope=prison:EXI').expect(200)).body;
      expect(dashboard.scope.prisons.map((p) => p.name)).toEqual([expect.stringMatching(/\(replica\)$/)]);
      const comparison = csvRows((await admin.agent.get('/api/monitoring/csv/comparison?scope=prison:EXI').buffer(true).expect(200)).text);
      expect(comparison.flat().some((cell) => cell.endsWith('(replica)'))).toBe(true);
      // The prisons list, an ordinary read, comes from the primary.
      const prisons: { name: string }[] = (await admin.agent.get('/api/prisons').expect(200)).body;
      expect(prisons.some((p) => p.name.includes('(replica)'))).toBe(false);

      // The buddy just recorded is in the audit trail on the primary, not yet in the replica's CSV.
      const trail = (await admin.agent.get(`/api/audit?buddyId=${buddy.id}`).expect(200)).body;
      expect(trail.total).toBeGreaterThan(0);
      const csv = csvRows((await admin.agent.get(`/api/audit/csv?buddyId=${buddy.id}`).buffer(true).expect(200)).text);
      expect(csv).toHaveLength(1);
    });
  });
});

import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';
import { ReportingDatabase } from '@peerpath/api/platform/reporting-database';
import { dataSourceOptions, type PoolRole } from './data-source';

/** The reporting pool's connections: named, so they can be told apart in pg_stat_activity, and unable to write. */
export const REPORTING_POOL: PoolRole = { applicationName: 'peerpath-reporting', readOnly: true };

/** REPORTING_DATABASE_URL's pool when it is set, else the main connection: provided once, by AppModule. */
export const reportingDatabaseProvider: Provider = {
  provide: ReportingDatabase,
  inject: [DataSource, APP_CONFIG],
  useFactory: async (main: DataSource, config: AppConfig) =>
    config.reportingDatabaseUrl
      ? new ReportingDatabase(await new DataSource(dataSourceOptions(config.reportingDatabaseUrl, REPORTING_POOL)).initialize(), true)
      : new ReportingDatabase(main, false),
};

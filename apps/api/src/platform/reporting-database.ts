import type { OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * Where the heavy reads go: the monitoring dashboards (and their CSV and PDF), the audit trail
 * CSV and the other CSV downloads. With REPORTING_DATABASE_URL set it is a read-only pool of its
 * own, normally on a read replica, so a national report neither queues behind nor slows the
 * primary that coordinators write to; what it reads may lag the primary by the replica's delay.
 * Unset, it is the main connection. Anything that writes, or must read what it has just written,
 * uses the main DataSource. Made once for the app by database/reporting-pool.ts.
 */
export class ReportingDatabase implements OnApplicationShutdown {
  constructor(
    readonly dataSource: DataSource,
    /** A pool of its own (closed with the app), not the main connection. */
    private readonly ownPool: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ownPool && this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

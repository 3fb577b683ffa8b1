import { Inject, Injectable } from '@nestjs/common';
import type { MonitoringDashboard, MonitoringPeriod } from '@peerpath/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';

/** A dashboard's figures: all of it but what depends on who asks (the scopes they may choose). */
export type MonitoringFigures = Omit<MonitoringDashboard, 'scopes' | 'asOf' | 'refreshMinutes'>;
export type DatedFigures = MonitoringFigures & Pick<MonitoringDashboard, 'asOf' | 'refreshMinutes'>;

/** One snapshot's key: the scope and period asked for, and the day "now" figures were counted on. */
export interface SnapshotKey {
  scope: string;
  period: MonitoringPeriod;
  today: string;
}

/** A request waiting for another process's computation looks again after this long, then less often. */
const FIRST_WAIT_MS = 50;
const LONGEST_WAIT_MS = 400;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** National and cluster dashboards are shared; a prison's is always computed for the asker. */
const isWide = (scope: string) => scope === 'national' || scope.startsWith('cluster:');

/*
 * Shared snapshots of the wide monitoring dashboards. A national dashboard costs seconds of
 * database time to compute at national scale, so its figures are computed once for everybody
 * and kept in the database (several API processes share them; nothing is kept in memory) for
 * MONITORING_SNAPSHOT_MINUTES. When a snapshot is missing or too old, one process computes it;
 * the others asking for the same one meanwhile get the previous snapshot of the day, or, when
 * there is none, wait, holding no connection while they do (a waiter holding one could take from
 * the pool the very connections the computation needs).
 *
 * Snapshots are read and written on the main connection, never the reporting pool: a replica
 * cannot write, and a waiter must see the snapshot the moment it is committed.
 */
@Injectable()
export class MonitoringSnapshots {
  private readonly minutes: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.minutes = config.monitoringSnapshotMinutes;
  }

  /** The figures for `key`: from a fresh snapshot when the scope is wide, else from `compute`. */
  async figures(key: SnapshotKey, compute: () => Promise<MonitoringFigures>): Promise<DatedFigures> {
    if (this.minutes === 0 || !isWide(key.scope)) return { ...(await compute()), asOf: new Date().toISOString() };
    for (let wait = FIRST_WAIT_MS; ; wait = Math.min(2 * wait, LONGEST_WAIT_MS)) {
      const served = (await this.stored(this.dataSource.manager, key, this.minutes)) ?? (await this.computeOnce(key, compute));
      if (served) return served;
      // Another process is computing it: meanwhile the last one counted today (its time shown) rather
      // than a wait of seconds, so a crowd arriving as a snapshot expires is not left waiting.
      const earlier = await this.stored(this.dataSource.manager, key, 24 * 60);
      if (earlier) return earlier;
      await pause(wait);
    }
  }

  /**
   * Computes and stores the snapshot unless another process is computing it now (then undefined:
   * the caller waits and looks again). The lock is the transaction's, so it is released however the
   * transaction ends, even if this process dies.
   */
  private computeOnce(key: SnapshotKey, compute: () => Promise<MonitoringFigures>): Promise<DatedFigures | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked, now }]: { locked: boolean; now: Date }[] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked, clock_timestamp() AS now`,
        [`monitoring-snapshot:${key.scope}:${key.period.from}:${key.period.to}`],
      );
      if (!locked) return undefined;
      // Another process may have stored it between our first look and the lock.
      const stored = await this.stored(manager, key, this.minutes);
      if (stored) return stored;
      const figures = await compute();
      await manager.query(
        `INSERT INTO monitoring_snapshots (scope, period_from, period_to, computed_at, figures) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (scope, period_from, period_to) DO UPDATE SET computed_at = EXCLUDED.computed_at, figures = EXCLUDED.figures`,
        [key.scope, key.period.from, key.period.to, now, JSON.stringify(figures)],
      );
      // Periods nobody asks for again: the table stays a day's worth of keys.
      await manager.query(`DELETE FROM monitoring_snapshots WHERE computed_at < now() - interval '1 day'`);
      return { ...figures, asOf: now.toISOString(), refreshMinutes: this.minutes };
    });
  }

  /** The stored snapshot when it is younger than `minutes` and counted "now" on the same day. */
  private async stored(manager: EntityManager, key: SnapshotKey, minutes: number): Promise<DatedFigures | undefined> {
    const [row]: { computedAt: Date; figures: MonitoringFigures }[] = await manager.query(
      `SELECT computed_at AS "computedAt", figures FROM monitoring_snapshots
        WHERE scope = $1 AND period_from = $2 AND period_to = $3
          AND computed_at > clock_timestamp() - make_interval(mins => $4) AND figures->>'today' = $5`,
      [key.scope, key.period.from, key.period.to, minutes, key.today],
    );
    return row && { ...row.figures, asOf: row.computedAt.toISOString(), refreshMinutes: this.minutes };
  }
}

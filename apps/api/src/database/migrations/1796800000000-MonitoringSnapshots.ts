import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared snapshots of the wide monitoring dashboards (national, a cluster): the computed figures
 * of one scope and period, kept in the database so that every API process serves the same one
 * (monitoring-snapshots.ts). A cache, not a record: rows older than a day are deleted as new ones
 * are written, and losing the table loses nothing.
 */
export class MonitoringSnapshots1796800000000 implements MigrationInterface {
  name = 'MonitoringSnapshots1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "monitoring_snapshots" (
        "scope" text NOT NULL,
        "period_from" date NOT NULL,
        "period_to" date NOT NULL,
        "computed_at" timestamptz NOT NULL,
        "figures" jsonb NOT NULL,
        CONSTRAINT "PK_monitoring_snapshots" PRIMARY KEY ("scope", "period_from", "period_to")
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "monitoring_snapshots"`);
  }
}

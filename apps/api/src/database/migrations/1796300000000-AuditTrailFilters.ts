import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, the readable audit trail. A buddy's trail includes their certificates' events and a
 * cohort's includes its buddies' enrolments, attendance and assessments: those events name the
 * buddy or cohort in the recorded JSON (`after.buddyId`, `after.cohortId`), so both are indexed
 * as expressions. The national trail reads newest first across every prison.
 */
export class AuditTrailFilters1796300000000 implements MigrationInterface {
  name = 'AuditTrailFilters1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_about_buddy" ON "audit_events" (("after"->>'buddyId'))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_about_cohort" ON "audit_events" (("after"->>'cohortId'))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_occurred_at" ON "audit_events" ("occurred_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_audit_events_occurred_at"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_about_cohort"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_about_buddy"`);
  }
}

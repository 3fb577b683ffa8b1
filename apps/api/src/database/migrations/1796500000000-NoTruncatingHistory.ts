import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the row triggers that keep history append-only do not fire on TRUNCATE, which empties
 * a table in one statement. A statement trigger refuses it on every append-only table, whoever
 * asks (the app's role has no TRUNCATE privilege either; see roles.ts).
 */
const APPEND_ONLY_TABLES = ['audit_events', 'assessment_decisions', 'supervisions', 'certificate_status_changes', 'buddy_transfers', 'outcome_reviews'];

export class NoTruncatingHistory1796500000000 implements MigrationInterface {
  name = 'NoTruncatingHistory1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION history_is_not_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is history and cannot be truncated', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION history_is_not_truncated()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION history_is_not_truncated()`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rules the entity metadata cannot express for enrolments and assessment decisions. */
export class CohortAndAssessmentGuards1795451700000 implements MigrationInterface {
  name = 'CohortAndAssessmentGuards1795451700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One active cohort per buddy per programme, even when two coordinators enrol at once.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_enrolments_one_active_per_programme" ON "enrolments" ("buddy_id", "programme_id") WHERE "status" = 'active'`);
    // Assessment decisions are history (BRIEF: decisions are never overwritten).
    await queryRunner.query(`
      CREATE FUNCTION assessment_decisions_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'assessment decisions cannot be changed or deleted: record a new decision' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_decisions_append_only BEFORE UPDATE OR DELETE ON "assessment_decisions"
      FOR EACH ROW EXECUTE FUNCTION assessment_decisions_are_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "assessment_decisions_append_only" ON "assessment_decisions"`);
    await queryRunner.query(`DROP FUNCTION assessment_decisions_are_append_only()`);
    await queryRunner.query(`DROP INDEX "uq_enrolments_one_active_per_programme"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the matrix, progress and eligibility read the decision in force per buddy and
 * criterion (latest by seq). With the outcome in the index they are answered from the index
 * alone, not by visiting every past decision in the table (measured on 650K decisions: a
 * 30-buddy matrix 109 → 6 ms, 12,019 → 177 buffers).
 */
export class CurrentDecisionCoveringIndex1796600000000 implements MigrationInterface {
  name = 'CurrentDecisionCoveringIndex1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_assessment_decisions_latest"`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_decisions_latest" ON "assessment_decisions" ("buddy_id", "criterion_id", "seq") INCLUDE ("outcome")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_assessment_decisions_latest"`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_decisions_latest" ON "assessment_decisions" ("buddy_id", "criterion_id", "seq")`);
  }
}

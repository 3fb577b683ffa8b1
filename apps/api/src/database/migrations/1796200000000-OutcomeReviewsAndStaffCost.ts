import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: outcome reviews with each supported recipient (two statements on a 5-point scale
 * and a comment), append-only like every other record of what happened; and an optional staff
 * cost per hour in each prison's policy, which turns recorded staff hours into money.
 */
export class OutcomeReviewsAndStaffCost1796200000000 implements MigrationInterface {
  name = 'OutcomeReviewsAndStaffCost1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outcome_reviews" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "prison_id" uuid NOT NULL,
        "allocation_id" uuid,
        "reviewed_on" date NOT NULL,
        "helps_score" smallint NOT NULL,
        "independence_score" smallint NOT NULL,
        "comment" text NOT NULL DEFAULT '',
        "recorded_by_user_id" uuid NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_outcome_reviews" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_outcome_reviews_scores" CHECK ("helps_score" BETWEEN 1 AND 5 AND "independence_score" BETWEEN 1 AND 5 AND length("comment") <= 1000),
        CONSTRAINT "FK_outcome_reviews_recipient" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_outcome_reviews_prison" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_outcome_reviews_allocation" FOREIGN KEY ("allocation_id") REFERENCES "allocations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_outcome_reviews_recorded_by" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_reviews_recipient_reviewed_on" ON "outcome_reviews" ("recipient_id", "reviewed_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_reviews_prison_reviewed_on" ON "outcome_reviews" ("prison_id", "reviewed_on")`);
    // history_is_append_only() comes from CertificationAndAllocationGuards.
    await queryRunner.query(`CREATE TRIGGER "outcome_reviews_append_only" BEFORE UPDATE OR DELETE ON "outcome_reviews" FOR EACH ROW EXECUTE FUNCTION history_is_append_only()`);

    await queryRunner.query(`ALTER TABLE "prisons" ADD "staff_cost_per_hour_pence" integer`);
    await queryRunner.query(`ALTER TABLE "prisons" ADD CONSTRAINT "CHK_prisons_staff_cost" CHECK ("staff_cost_per_hour_pence" IS NULL OR "staff_cost_per_hour_pence" BETWEEN 0 AND 100000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prisons" DROP CONSTRAINT "CHK_prisons_staff_cost"`);
    await queryRunner.query(`ALTER TABLE "prisons" DROP COLUMN "staff_cost_per_hour_pence"`);
    await queryRunner.query(`DROP TRIGGER "outcome_reviews_append_only" ON "outcome_reviews"`);
    await queryRunner.query(`DROP TABLE "outcome_reviews"`);
  }
}

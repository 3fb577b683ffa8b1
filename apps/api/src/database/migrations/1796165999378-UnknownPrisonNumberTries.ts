import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a wrong PIN says how many tries are left, and a prison number without an account
 * answers the same way, counted from its recorded attempts: this index finds them.
 */
export class UnknownPrisonNumberTries1796165999378 implements MigrationInterface {
  name = 'UnknownPrisonNumberTries1796165999378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempts_unknown_username" ON "sign_in_attempts" ("username") WHERE "user_id" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempts_unknown_username"`);
  }
}

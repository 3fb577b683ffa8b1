import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: an unknown username is counted and locked like an account, so sign-in answers do not
 * reveal which usernames exist. Its tries were counted from sign_in_attempts (prison numbers only,
 * and not under a lock); now every unknown username has a counter row like users' own columns.
 */
export class UnknownUsernameFailures1796412000000 implements MigrationInterface {
  name = 'UnknownUsernameFailures1796412000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unknown_username_failures" ("username" character varying(128) NOT NULL, "failed_sign_ins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_unknown_username_failures" PRIMARY KEY ("username"))`,
    );
    // Carry over the tries already made on prison numbers with no account, so no lock is lifted.
    await queryRunner.query(
      `INSERT INTO "unknown_username_failures" ("username", "failed_sign_ins", "locked_until")
       SELECT "username", count(*)::int, CASE WHEN count(*) >= 5 /* the default limit */ THEN 'infinity'::timestamptz END
         FROM "sign_in_attempts" WHERE "user_id" IS NULL AND "outcome" = 'unknown_user' AND "username" ~ '^[a-z][0-9]{4}[a-z]{2}$'
        GROUP BY "username"`,
    );
    // Those tries were counted through this index; the counter rows replace it.
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempts_unknown_username"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempts_unknown_username" ON "sign_in_attempts" ("username") WHERE "user_id" IS NULL`);
    await queryRunner.query(`DROP TABLE "unknown_username_failures"`);
  }
}

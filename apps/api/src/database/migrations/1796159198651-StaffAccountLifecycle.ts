import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a temporary password must be changed at first sign-in, and a staff username may
 * never have a prison number's shape (it would take that buddy's kiosk sign-in).
 */
export class StaffAccountLifecycle1796159198651 implements MigrationInterface {
  name = 'StaffAccountLifecycle1796159198651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_staff_username_not_prison_number" CHECK ("buddy_id" IS NOT NULL OR NOT ("username" ~ '^[a-z][0-9]{4}[a-z]{2}$'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_staff_username_not_prison_number"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "must_change_password"`);
  }
}

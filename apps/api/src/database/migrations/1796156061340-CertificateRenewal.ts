import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Renewal by refresher (BRIEF: certification): criteria marked as refresher criteria, a
 * renewal that names the certificate it renews, and 'superseded' for the renewed one.
 * The next migration changes the one-per-version index: a new enum value can only be used
 * once the transaction that added it has committed (migrations run one transaction each).
 */
export class CertificateRenewal1796156061340 implements MigrationInterface {
  name = 'CertificateRenewal1796156061340';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_criteria" ADD "refresher" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "renews_certificate_id" uuid`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "UQ_ce03d60478eea8248c041f1fdcf" UNIQUE ("renews_certificate_id")`);
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "FK_ce03d60478eea8248c041f1fdcf" FOREIGN KEY ("renews_certificate_id") REFERENCES "certificates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TYPE "public"."stored_certificate_status" ADD VALUE 'superseded'`);
    // The reference programmes' refresher criteria, for databases seeded before this column
    // existed: safeguarding, health and safety, handling information, infection prevention.
    await queryRunner.query(`
      UPDATE "assessment_criteria" ac SET "refresher" = true
        FROM "programme_modules" m JOIN "programme_versions" pv ON pv.id = m.programme_version_id JOIN "programmes" p ON p.id = pv.programme_id
       WHERE ac.module_id = m.id
         AND ((p.code = 'buddy-support-worker' AND m.number IN (8, 9, 10, 11)) OR (p.code = 'care-certificate' AND m.number IN (10, 13, 14, 15)))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A superseded certificate can only become revoked: the older status list has no other final state.
    await queryRunner.query(`DROP INDEX "uq_certificates_one_per_buddy_version"`);
    await queryRunner.query(`ALTER TYPE "public"."stored_certificate_status" RENAME TO "stored_certificate_status_new"`);
    await queryRunner.query(`CREATE TYPE "public"."stored_certificate_status" AS ENUM('valid', 'suspended', 'revoked')`);
    const back = (column: string) => `"${column}" TYPE "public"."stored_certificate_status" USING (CASE WHEN "${column}"::text = 'superseded' THEN 'revoked' ELSE "${column}"::text END)::"public"."stored_certificate_status"`;
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN ${back('status')}`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "status" SET DEFAULT 'valid'`);
    await queryRunner.query(`ALTER TABLE "certificate_status_changes" ALTER COLUMN ${back('from_status')}, ALTER COLUMN ${back('to_status')}`);
    await queryRunner.query(`DROP TYPE "public"."stored_certificate_status_new"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_one_per_buddy_version" ON "certificates" ("buddy_id", "programme_version_id") WHERE "status" <> 'revoked'`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_ce03d60478eea8248c041f1fdcf"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "UQ_ce03d60478eea8248c041f1fdcf"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "renews_certificate_id"`);
    await queryRunner.query(`ALTER TABLE "assessment_criteria" DROP COLUMN "refresher"`);
  }
}

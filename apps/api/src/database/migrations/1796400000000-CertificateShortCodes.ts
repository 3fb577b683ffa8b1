import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a short verification code a person can type, printed under the QR code
 * (`formatShortCode` and friends in libs/domain). The database makes it: the default gives every
 * new certificate one, whoever inserts it, and the same function backfills existing rows.
 * One character per random byte of a v4 UUID (PostgreSQL's strong random), skipping the bytes
 * that carry the UUID's version and variant; 256 is a multiple of 32, so each is uniform.
 */
export class CertificateShortCodes1796400000000 implements MigrationInterface {
  name = 'CertificateShortCodes1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION certificate_short_code() RETURNS varchar LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(r.b, u.i) % 32 + 1, 1), '' ORDER BY u.n)
          FROM (SELECT uuid_send(gen_random_uuid()) AS b) r,
               unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11]) WITH ORDINALITY AS u(i, n)
      $$`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "short_code" character varying(10)`);
    await queryRunner.query(`UPDATE "certificates" SET "short_code" = certificate_short_code()`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "short_code" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "short_code" SET DEFAULT certificate_short_code()`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "UQ_b03a36f068da03a88d88415269c" UNIQUE ("short_code")`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "chk_certificates_short_code" CHECK ("short_code" ~ '^[0-9A-HJKMNP-TV-Z]{10}$')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "chk_certificates_short_code"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "UQ_b03a36f068da03a88d88415269c"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "short_code"`);
    await queryRunner.query(`DROP FUNCTION certificate_short_code()`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rules the entity metadata cannot express for certificates, allocations and supervision. */
export class CertificationAndAllocationGuards1795452400000 implements MigrationInterface {
  name = 'CertificationAndAllocationGuards1795452400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One unrevoked certificate per buddy and programme version: repeated or concurrent issuing yields one.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_certificates_one_per_buddy_version" ON "certificates" ("buddy_id", "programme_version_id") WHERE "status" <> 'revoked'`);
    // A buddy is allocated to a given recipient at most once at a time.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_allocations_one_active_pair" ON "allocations" ("buddy_id", "recipient_id") WHERE "status" = 'active'`);
    // Supervision records and certificate status changes are history.
    await queryRunner.query(`
      CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows cannot be changed or deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['supervisions', 'certificate_status_changes', 'buddy_transfers']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION history_is_append_only()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['supervisions', 'certificate_status_changes', 'buddy_transfers']) {
      await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION history_is_append_only()`);
    await queryRunner.query(`DROP INDEX "uq_allocations_one_active_pair"`);
    await queryRunner.query(`DROP INDEX "uq_certificates_one_per_buddy_version"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** One certificate per buddy and programme version that is neither revoked nor superseded: concurrent issues or renewals yield one. */
export class OneLiveCertificatePerVersion1796156061341 implements MigrationInterface {
  name = 'OneLiveCertificatePerVersion1796156061341';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_certificates_one_per_buddy_version"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certificates_one_per_buddy_version" ON "certificates" ("buddy_id", "programme_version_id") WHERE "status" NOT IN ('revoked', 'superseded')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_certificates_one_per_buddy_version"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_one_per_buddy_version" ON "certificates" ("buddy_id", "programme_version_id") WHERE "status" <> 'revoked'`);
  }
}

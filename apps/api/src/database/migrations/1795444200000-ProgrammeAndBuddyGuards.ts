import { MigrationInterface, QueryRunner } from 'typeorm';

/** Constraints the entity metadata cannot express for programmes and buddies. */
export class ProgrammeAndBuddyGuards1795444200000 implements MigrationInterface {
  name = 'ProgrammeAndBuddyGuards1795444200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // At most one draft per programme: edits to a published version start the one draft.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_programme_versions_one_draft" ON "programme_versions" ("programme_id") WHERE "status" = 'draft'`);
    // Prisoner numbers: one letter, four digits, two letters, upper case (BRIEF: data and identifiers).
    await queryRunner.query(`
      ALTER TABLE "buddies" ADD CONSTRAINT "CHK_buddies_prison_number" CHECK ("prison_number" ~ '^[A-Z][0-9]{4}[A-Z]{2}$')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "buddies" DROP CONSTRAINT "CHK_buddies_prison_number"`);
    await queryRunner.query(`DROP INDEX "uq_programme_versions_one_draft"`);
  }
}

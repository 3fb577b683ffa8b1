import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM's entity metadata cannot express: the session store's table,
 * constraints and triggers that protect data whatever code runs, and the
 * reference list of prisons (real agency codes) and clusters.
 */
export class SessionsAuditGuardsAndPrisons1795443300000 implements MigrationInterface {
  name = 'SessionsAuditGuardsAndPrisons1795443300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The table connect-pg-simple expects; sessions live in PostgreSQL so any API process can serve any request.
    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "sid" varchar NOT NULL PRIMARY KEY,
        "sess" json NOT NULL,
        "expire" timestamp(6) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_sessions_expire" ON "sessions" ("expire")`);

    // Audit events are history: nobody, admins included, edits or deletes them.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only()`);

    // A scope names exactly the place it covers.
    await queryRunner.query(`
      ALTER TABLE "role_assignments" ADD CONSTRAINT "CHK_role_assignments_scope_target" CHECK (
        ("scope" = 'cluster') = ("cluster_id" IS NOT NULL)
        AND ("scope" = 'prison') = ("prison_id" IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_role_assignments_grant" ON "role_assignments" (
        "user_id", "role", "scope",
        COALESCE("cluster_id", '00000000-0000-0000-0000-000000000000'),
        COALESCE("prison_id", '00000000-0000-0000-0000-000000000000')
      )`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "CHK_users_username_lower" CHECK ("username" = lower("username"))`);

    await queryRunner.query(`
      INSERT INTO "clusters" ("code", "name") VALUES
        ('devon', 'Devon'), ('yorkshire', 'Yorkshire'), ('wales', 'Wales')
      ON CONFLICT ("code") DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO "prisons" ("code", "name", "cluster_id")
      SELECT p.code, p.name, c.id FROM (VALUES
        ('EXI', 'HMP Exeter', 'devon'),
        ('DAI', 'HMP Dartmoor', 'devon'),
        ('CWI', 'HMP Channings Wood', 'devon'),
        ('HLI', 'HMP Hull', 'yorkshire'),
        ('HMI', 'HMP Humber', 'yorkshire'),
        ('LEI', 'HMP Leeds', 'yorkshire'),
        ('CFI', 'HMP Cardiff', 'wales'),
        ('SWI', 'HMP Swansea', 'wales'),
        ('BWI', 'HMP Berwyn', 'wales'),
        ('PRI', 'HMP Parc', 'wales')
      ) AS p(code, name, cluster) JOIN "clusters" c ON c.code = p.cluster
      ON CONFLICT ("code") DO NOTHING`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "role_assignments" WHERE "prison_id" IS NOT NULL OR "cluster_id" IS NOT NULL`);
    await queryRunner.query(`DELETE FROM "prisons"`);
    await queryRunner.query(`DELETE FROM "clusters"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_username_lower"`);
    await queryRunner.query(`DROP INDEX "uq_role_assignments_grant"`);
    await queryRunner.query(`ALTER TABLE "role_assignments" DROP CONSTRAINT "CHK_role_assignments_scope_target"`);
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_are_append_only()`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}

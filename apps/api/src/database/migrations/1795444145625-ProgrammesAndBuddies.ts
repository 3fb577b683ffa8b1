import { MigrationInterface, QueryRunner } from "typeorm";

export class ProgrammesAndBuddies1795444145625 implements MigrationInterface {
    name = 'ProgrammesAndBuddies1795444145625'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."selection_status" AS ENUM('applied', 'approved', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "buddies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "prison_number" character varying(7) NOT NULL,
                "first_name" character varying(60) NOT NULL,
                "last_name" character varying(60) NOT NULL,
                "prison_id" uuid NOT NULL,
                "applied_on" date NOT NULL,
                "selection_status" "public"."selection_status" NOT NULL DEFAULT 'applied',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_c19e28770262d0515a54001e417" UNIQUE ("prison_number"),
                CONSTRAINT "PK_9156694e67bf700460aeb28ddf6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5d38703d80b03026545674665" ON "buddies" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ad98e826666651fbfad703c46b" ON "buddies" ("selection_status")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."selection_outcome" AS ENUM('approved', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "selection_decisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "buddy_id" uuid NOT NULL,
                "outcome" "public"."selection_outcome" NOT NULL,
                "security_check_done" boolean NOT NULL,
                "risk_assessment_done" boolean NOT NULL,
                "decided_by_user_id" uuid NOT NULL,
                "decided_on" date NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b024b91bc9351c00486eadcefc6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c4752e288faab83dc2278b52ce" ON "selection_decisions" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2b6009bc45739e0351da4fef50" ON "selection_decisions" ("decided_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "programmes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(60) NOT NULL,
                "title" character varying(160) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_716cd216ca31adaa70e65bb1899" UNIQUE ("code"),
                CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."programme_version_status" AS ENUM('draft', 'published')
        `);
        await queryRunner.query(`
            CREATE TABLE "programme_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "label" character varying(40) NOT NULL,
                "status" "public"."programme_version_status" NOT NULL DEFAULT 'draft',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_programme_versions_label" UNIQUE ("programme_id", "label"),
                CONSTRAINT "PK_f455b0b7f334a203213b8c33fd7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc6b4235a1c87254ba665735e8" ON "programme_versions" ("programme_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "programme_modules" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_version_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                CONSTRAINT "UQ_programme_modules_number" UNIQUE ("programme_version_id", "number"),
                CONSTRAINT "PK_905834464f4aa7ecd656a52e72e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4ad71e29deb379d1a281affcca" ON "programme_modules" ("programme_version_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "learning_outcomes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "module_id" uuid NOT NULL,
                "code" character varying(20) NOT NULL,
                "text" text NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_learning_outcomes_code" UNIQUE ("module_id", "code"),
                CONSTRAINT "PK_4f220edb45cce33826b864e9a02" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ca664a2439680fd21b3d6d071a" ON "learning_outcomes" ("module_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."criterion_kind" AS ENUM('knowledge', 'competence')
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_criteria" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "outcome_id" uuid NOT NULL,
                "module_id" uuid NOT NULL,
                "programme_version_id" uuid NOT NULL,
                "code" character varying(20) NOT NULL,
                "kind" "public"."criterion_kind" NOT NULL,
                "text" text NOT NULL,
                "simulation_allowed" boolean NOT NULL DEFAULT false,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_assessment_criteria_code" UNIQUE ("outcome_id", "code"),
                CONSTRAINT "PK_61d6c22cc4e4b391a7f554cbd83" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_80d6dcbaa38ad2c987077ee7b0" ON "assessment_criteria" ("outcome_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_54a3b776d276d2d653f607e8b0" ON "assessment_criteria" ("module_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ed1c9e63117b464e8ca22a51a4" ON "assessment_criteria" ("programme_version_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "buddies"
            ADD CONSTRAINT "FK_b5d38703d80b030265456746650" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "selection_decisions"
            ADD CONSTRAINT "FK_c4752e288faab83dc2278b52ce0" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "selection_decisions"
            ADD CONSTRAINT "FK_2b6009bc45739e0351da4fef50f" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_versions"
            ADD CONSTRAINT "FK_fc6b4235a1c87254ba665735e8a" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_modules"
            ADD CONSTRAINT "FK_4ad71e29deb379d1a281affcca1" FOREIGN KEY ("programme_version_id") REFERENCES "programme_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_outcomes"
            ADD CONSTRAINT "FK_ca664a2439680fd21b3d6d071af" FOREIGN KEY ("module_id") REFERENCES "programme_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria"
            ADD CONSTRAINT "FK_80d6dcbaa38ad2c987077ee7b08" FOREIGN KEY ("outcome_id") REFERENCES "learning_outcomes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria"
            ADD CONSTRAINT "FK_54a3b776d276d2d653f607e8b09" FOREIGN KEY ("module_id") REFERENCES "programme_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria"
            ADD CONSTRAINT "FK_ed1c9e63117b464e8ca22a51a4d" FOREIGN KEY ("programme_version_id") REFERENCES "programme_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria" DROP CONSTRAINT "FK_ed1c9e63117b464e8ca22a51a4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria" DROP CONSTRAINT "FK_54a3b776d276d2d653f607e8b09"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_criteria" DROP CONSTRAINT "FK_80d6dcbaa38ad2c987077ee7b08"
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_outcomes" DROP CONSTRAINT "FK_ca664a2439680fd21b3d6d071af"
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_modules" DROP CONSTRAINT "FK_4ad71e29deb379d1a281affcca1"
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_versions" DROP CONSTRAINT "FK_fc6b4235a1c87254ba665735e8a"
        `);
        await queryRunner.query(`
            ALTER TABLE "selection_decisions" DROP CONSTRAINT "FK_2b6009bc45739e0351da4fef50f"
        `);
        await queryRunner.query(`
            ALTER TABLE "selection_decisions" DROP CONSTRAINT "FK_c4752e288faab83dc2278b52ce0"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddies" DROP CONSTRAINT "FK_b5d38703d80b030265456746650"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ed1c9e63117b464e8ca22a51a4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_54a3b776d276d2d653f607e8b0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_80d6dcbaa38ad2c987077ee7b0"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_criteria"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."criterion_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ca664a2439680fd21b3d6d071a"
        `);
        await queryRunner.query(`
            DROP TABLE "learning_outcomes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4ad71e29deb379d1a281affcca"
        `);
        await queryRunner.query(`
            DROP TABLE "programme_modules"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fc6b4235a1c87254ba665735e8"
        `);
        await queryRunner.query(`
            DROP TABLE "programme_versions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."programme_version_status"
        `);
        await queryRunner.query(`
            DROP TABLE "programmes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2b6009bc45739e0351da4fef50"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c4752e288faab83dc2278b52ce"
        `);
        await queryRunner.query(`
            DROP TABLE "selection_decisions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."selection_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ad98e826666651fbfad703c46b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b5d38703d80b03026545674665"
        `);
        await queryRunner.query(`
            DROP TABLE "buddies"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."selection_status"
        `);
    }

}

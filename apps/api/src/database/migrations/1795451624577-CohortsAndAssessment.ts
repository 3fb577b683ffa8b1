import { MigrationInterface, QueryRunner } from "typeorm";

export class CohortsAndAssessment1795451624577 implements MigrationInterface {
    name = 'CohortsAndAssessment1795451624577'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "cohorts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "prison_id" uuid NOT NULL,
                "programme_version_id" uuid NOT NULL,
                "programme_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "capacity" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_cohorts_prison_name" UNIQUE ("prison_id", "name"),
                CONSTRAINT "CHK_cohorts_capacity" CHECK (
                    "capacity" BETWEEN 1 AND 200
                ),
                CONSTRAINT "CHK_cohorts_dates" CHECK ("ends_on" >= "starts_on"),
                CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d6f16b00844d11aea02e9b6aea" ON "cohorts" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d0377691f241180fab71701fc0" ON "cohorts" ("programme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_741206cb885eb1016401af41b4" ON "cohorts" ("programme_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."assessment_outcome" AS ENUM('met', 'not_yet_met')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."assessment_method" AS ENUM(
                'workbook',
                'questioning',
                'discussion',
                'observation',
                'simulation',
                'work_product'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_decisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" BIGSERIAL NOT NULL,
                "buddy_id" uuid NOT NULL,
                "criterion_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                "outcome" "public"."assessment_outcome" NOT NULL,
                "method" "public"."assessment_method" NOT NULL,
                "assessed_on" date NOT NULL,
                "evidence_note" character varying(1000) NOT NULL,
                "assessor_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_592b09aab9d4415eb34eae83ebb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_78ae08470cd2b37fd3d6cdbadb" ON "assessment_decisions" ("criterion_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a8b36073dfd42da53c0ecbe45f" ON "assessment_decisions" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e96291f40c9cebd1ba97b3364b" ON "assessment_decisions" ("assessor_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_assessment_decisions_latest" ON "assessment_decisions" ("buddy_id", "criterion_id", "seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "training_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "held_on" date NOT NULL,
                "starts_at" TIME NOT NULL,
                "ends_at" TIME NOT NULL,
                "location" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_training_sessions_times" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8d2b768656ee0d2ff4b86ba273" ON "training_sessions" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "training_session_modules" (
                "session_id" uuid NOT NULL,
                "module_id" uuid NOT NULL,
                CONSTRAINT "PK_ac045fd2e5c9190c792351ecc6f" PRIMARY KEY ("session_id", "module_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9a1f2b34be6be0ef2739ef45f3" ON "training_session_modules" ("module_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."attendance_mark" AS ENUM('present', 'late', 'absent', 'excused')
        `);
        await queryRunner.query(`
            CREATE TABLE "attendance_marks" (
                "session_id" uuid NOT NULL,
                "buddy_id" uuid NOT NULL,
                "mark" "public"."attendance_mark" NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2d25c955bbe6ba7c72c63a70a50" PRIMARY KEY ("session_id", "buddy_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6c7d6e92b72e09b75d1cc861aa" ON "attendance_marks" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8657afca24d067c92d649c2792" ON "attendance_marks" ("recorded_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_staff_role" AS ENUM('trainer', 'assessor')
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_staff" (
                "cohort_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" "public"."cohort_staff_role" NOT NULL,
                CONSTRAINT "PK_bf0e010a9f9e85bf8299c7689cb" PRIMARY KEY ("cohort_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_edc652134dfdd44fc02f2f8e4d" ON "cohort_staff" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."enrolment_status" AS ENUM('active', 'withdrawn')
        `);
        await queryRunner.query(`
            CREATE TABLE "enrolments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "buddy_id" uuid NOT NULL,
                "programme_id" uuid NOT NULL,
                "status" "public"."enrolment_status" NOT NULL DEFAULT 'active',
                "enrolled_on" date NOT NULL,
                "withdrawn_on" date,
                "withdrawal_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "CHK_enrolments_withdrawal" CHECK (
                    ("status" = 'withdrawn') = (
                        "withdrawn_on" IS NOT NULL
                        AND "withdrawal_reason" IS NOT NULL
                    )
                ),
                CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0e675e00a0c3497c936092fdbb" ON "enrolments" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_27f065f46cfebceeb41dc82322" ON "enrolments" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4d0c7340c244f4b1ee9f14f548" ON "enrolments" ("programme_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "buddy_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_5434b378aa69f282b303ced126" ON "users" ("buddy_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "FK_d6f16b00844d11aea02e9b6aead" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "FK_d0377691f241180fab71701fc0e" FOREIGN KEY ("programme_version_id") REFERENCES "programme_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "FK_741206cb885eb1016401af41b4e" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_5434b378aa69f282b303ced126c" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions"
            ADD CONSTRAINT "FK_3de69901a91f190f03fd6de5fae" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions"
            ADD CONSTRAINT "FK_78ae08470cd2b37fd3d6cdbadb2" FOREIGN KEY ("criterion_id") REFERENCES "assessment_criteria"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions"
            ADD CONSTRAINT "FK_a8b36073dfd42da53c0ecbe45f0" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions"
            ADD CONSTRAINT "FK_e96291f40c9cebd1ba97b3364b4" FOREIGN KEY ("assessor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions"
            ADD CONSTRAINT "FK_8d2b768656ee0d2ff4b86ba273c" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session_modules"
            ADD CONSTRAINT "FK_41bd44298b74b8b4fb212863ea2" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session_modules"
            ADD CONSTRAINT "FK_9a1f2b34be6be0ef2739ef45f3c" FOREIGN KEY ("module_id") REFERENCES "programme_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks"
            ADD CONSTRAINT "FK_db2fe865b50cb5b1c2854e73a5c" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks"
            ADD CONSTRAINT "FK_6c7d6e92b72e09b75d1cc861aa9" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks"
            ADD CONSTRAINT "FK_8657afca24d067c92d649c2792c" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_staff"
            ADD CONSTRAINT "FK_30ed4b4739c589ca40bef1bb6ac" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_staff"
            ADD CONSTRAINT "FK_edc652134dfdd44fc02f2f8e4d9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "FK_0e675e00a0c3497c936092fdbb6" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "FK_27f065f46cfebceeb41dc823221" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "FK_4d0c7340c244f4b1ee9f14f5487" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "FK_4d0c7340c244f4b1ee9f14f5487"
        `);
        await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "FK_27f065f46cfebceeb41dc823221"
        `);
        await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "FK_0e675e00a0c3497c936092fdbb6"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_staff" DROP CONSTRAINT "FK_edc652134dfdd44fc02f2f8e4d9"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_staff" DROP CONSTRAINT "FK_30ed4b4739c589ca40bef1bb6ac"
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks" DROP CONSTRAINT "FK_8657afca24d067c92d649c2792c"
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks" DROP CONSTRAINT "FK_6c7d6e92b72e09b75d1cc861aa9"
        `);
        await queryRunner.query(`
            ALTER TABLE "attendance_marks" DROP CONSTRAINT "FK_db2fe865b50cb5b1c2854e73a5c"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session_modules" DROP CONSTRAINT "FK_9a1f2b34be6be0ef2739ef45f3c"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session_modules" DROP CONSTRAINT "FK_41bd44298b74b8b4fb212863ea2"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions" DROP CONSTRAINT "FK_8d2b768656ee0d2ff4b86ba273c"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions" DROP CONSTRAINT "FK_e96291f40c9cebd1ba97b3364b4"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions" DROP CONSTRAINT "FK_a8b36073dfd42da53c0ecbe45f0"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions" DROP CONSTRAINT "FK_78ae08470cd2b37fd3d6cdbadb2"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_decisions" DROP CONSTRAINT "FK_3de69901a91f190f03fd6de5fae"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_5434b378aa69f282b303ced126c"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "FK_741206cb885eb1016401af41b4e"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "FK_d0377691f241180fab71701fc0e"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "FK_d6f16b00844d11aea02e9b6aead"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5434b378aa69f282b303ced126"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "buddy_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4d0c7340c244f4b1ee9f14f548"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_27f065f46cfebceeb41dc82322"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0e675e00a0c3497c936092fdbb"
        `);
        await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."enrolment_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_edc652134dfdd44fc02f2f8e4d"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_staff"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_staff_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8657afca24d067c92d649c2792"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6c7d6e92b72e09b75d1cc861aa"
        `);
        await queryRunner.query(`
            DROP TABLE "attendance_marks"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."attendance_mark"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9a1f2b34be6be0ef2739ef45f3"
        `);
        await queryRunner.query(`
            DROP TABLE "training_session_modules"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8d2b768656ee0d2ff4b86ba273"
        `);
        await queryRunner.query(`
            DROP TABLE "training_sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_assessment_decisions_latest"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e96291f40c9cebd1ba97b3364b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a8b36073dfd42da53c0ecbe45f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_78ae08470cd2b37fd3d6cdbadb"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_decisions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."assessment_method"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."assessment_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_741206cb885eb1016401af41b4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d0377691f241180fab71701fc0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d6f16b00844d11aea02e9b6aea"
        `);
        await queryRunner.query(`
            DROP TABLE "cohorts"
        `);
    }

}

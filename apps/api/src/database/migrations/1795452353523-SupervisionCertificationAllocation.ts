import { MigrationInterface, QueryRunner } from "typeorm";

export class SupervisionCertificationAllocation1795452353523 implements MigrationInterface {
    name = 'SupervisionCertificationAllocation1795452353523'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "recipients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "prison_number" character varying(7) NOT NULL,
                "first_name" character varying(60) NOT NULL,
                "last_name" character varying(60) NOT NULL,
                "prison_id" uuid NOT NULL,
                "support_summary" character varying(500) NOT NULL,
                "care_plan_reference" character varying(60) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_4e3f052c4cf7b1de5157c6904a4" UNIQUE ("prison_number"),
                CONSTRAINT "CHK_recipients_prison_number" CHECK ("prison_number" ~ '^[A-Z][0-9]{4}[A-Z]{2}$'),
                CONSTRAINT "PK_de8fc5a9c364568f294798fe1e9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23b5dee1364cf5266bf19356cc" ON "recipients" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."allocation_status" AS ENUM('active', 'ended')
        `);
        await queryRunner.query(`
            CREATE TABLE "allocations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "buddy_id" uuid NOT NULL,
                "recipient_id" uuid NOT NULL,
                "prison_id" uuid NOT NULL,
                "tasks" character varying array NOT NULL,
                "planned_weekly_hours" numeric(4, 1) NOT NULL,
                "starts_on" date NOT NULL,
                "status" "public"."allocation_status" NOT NULL DEFAULT 'active',
                "ended_on" date,
                "end_reason" character varying(500),
                "allocated_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "CHK_allocations_ending" CHECK (
                    ("status" = 'ended') = (
                        "ended_on" IS NOT NULL
                        AND "end_reason" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_allocations_hours" CHECK (
                    "planned_weekly_hours" > 0
                    AND "planned_weekly_hours" <= 40
                ),
                CONSTRAINT "CHK_allocations_tasks" CHECK (
                    cardinality("tasks") > 0
                    AND "tasks" <@ ARRAY ['cleaning_living_space','collecting_meals','escorting_mobility','wheelchair_assistance','reading_writing','company_activities']::varchar []
                ),
                CONSTRAINT "PK_ca63099fc248466264af0fa6f1f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6d4ccf0f5aaf1b14026432e657" ON "allocations" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ed556729dc1cb49e58c6b82157" ON "allocations" ("recipient_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_911bb79c8d310285feff5b87ef" ON "allocations" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f9a3e042d76f8bfbd97fd866ce" ON "allocations" ("allocated_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "buddy_transfers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "buddy_id" uuid NOT NULL,
                "from_prison_id" uuid NOT NULL,
                "to_prison_id" uuid NOT NULL,
                "transferred_on" date NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_293ddf5a68cd7df2a4bc0caca3d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_03b079d3a83298f3f1e8afdb7a" ON "buddy_transfers" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9a313dab24c912475d94fd62b7" ON "buddy_transfers" ("from_prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_954a466f19f6afad0da2eb4c49" ON "buddy_transfers" ("to_prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0b37a38b9de68ac4c49d19ab7e" ON "buddy_transfers" ("recorded_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."stored_certificate_status" AS ENUM('valid', 'suspended', 'revoked')
        `);
        await queryRunner.query(`
            CREATE TABLE "certificates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" character varying(24) NOT NULL,
                "buddy_id" uuid NOT NULL,
                "programme_version_id" uuid NOT NULL,
                "programme_id" uuid NOT NULL,
                "prison_id" uuid NOT NULL,
                "issued_on" date NOT NULL,
                "expires_on" date NOT NULL,
                "status" "public"."stored_certificate_status" NOT NULL DEFAULT 'valid',
                "verification_code" character varying(32) NOT NULL,
                "issued_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_8b379f595aea96c9406c5a44900" UNIQUE ("number"),
                CONSTRAINT "UQ_b8da93b1f21f3ab2f62cf685f22" UNIQUE ("verification_code"),
                CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_18f36269b55ca31a1adec5ddd1" ON "certificates" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1302f6653dc69bc522c18e25e9" ON "certificates" ("programme_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d0223d78a84cb9652eeffa5a09" ON "certificates" ("programme_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7dcc563674112863be723b23bf" ON "certificates" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_50e489e9e38d8044e165874075" ON "certificates" ("issued_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "certificate_status_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "certificate_id" uuid NOT NULL,
                "from_status" "public"."stored_certificate_status" NOT NULL,
                "to_status" "public"."stored_certificate_status" NOT NULL,
                "reason" character varying(500) NOT NULL,
                "changed_by_user_id" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f995f07b0c4191e8a6e0a34729b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8e57d0913604d5648763c03e36" ON "certificate_status_changes" ("certificate_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8de9367f231440c950e64da95c" ON "certificate_status_changes" ("changed_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "certificate_counters" (
                "prison_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "last_number" integer NOT NULL,
                CONSTRAINT "PK_551cccaa0726a2e44bc918d244a" PRIMARY KEY ("prison_id", "year")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."concern_kind" AS ENUM('safeguarding', 'boundary')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."concern_status" AS ENUM('open', 'resolved')
        `);
        await queryRunner.query(`
            CREATE TABLE "concerns" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "buddy_id" uuid,
                "recipient_id" uuid,
                "prison_id" uuid NOT NULL,
                "kind" "public"."concern_kind" NOT NULL,
                "description" text NOT NULL,
                "raised_by_user_id" uuid NOT NULL,
                "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status" "public"."concern_status" NOT NULL DEFAULT 'open',
                "outcome" text,
                "reviewed_by_user_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "CHK_concerns_review" CHECK (
                    ("status" = 'resolved') = (
                        "outcome" IS NOT NULL
                        AND "reviewed_at" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_concerns_subject" CHECK (("buddy_id" IS NULL) <> ("recipient_id" IS NULL)),
                CONSTRAINT "PK_743844335346f7379d1fc28950a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9cd08c8aea5d2ec797d0a5738b" ON "concerns" ("buddy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1280d1a0df693da4b62747edcd" ON "concerns" ("recipient_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b286c7c89f379f7c77bdfcff95" ON "concerns" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c2544e93c03ebdf0094648557b" ON "concerns" ("raised_by_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_92bd9a759884f7bd53f6abe951" ON "concerns" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "supervisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "buddy_id" uuid NOT NULL,
                "prison_id" uuid NOT NULL,
                "supervisor_user_id" uuid NOT NULL,
                "held_on" date NOT NULL,
                "duration_minutes" integer NOT NULL,
                "hours_worked_since_last" numeric(5, 1) NOT NULL,
                "wellbeing" smallint NOT NULL,
                "boundaries_discussed" boolean NOT NULL,
                "concerns" text NOT NULL DEFAULT '',
                "agreed_actions" text NOT NULL DEFAULT '',
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_supervisions_values" CHECK (
                    "duration_minutes" BETWEEN 5 AND 480
                    AND "hours_worked_since_last" BETWEEN 0 AND 400
                    AND "wellbeing" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_aa7f50a204c91d215e69a3235a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fef1122f86ac93811462b4655e" ON "supervisions" ("prison_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cf18286dc1c2c851e9fb07d28a" ON "supervisions" ("supervisor_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_supervisions_buddy_held_on" ON "supervisions" ("buddy_id", "held_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD "supervision_interval_days" integer NOT NULL DEFAULT '28'
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD "weekly_hours_cap" integer NOT NULL DEFAULT '10'
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD "certificate_validity_months" integer NOT NULL DEFAULT '24'
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD "attendance_threshold_percent" integer NOT NULL DEFAULT '80'
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD "policy_version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            ALTER TABLE "buddies"
            ADD "released_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons"
            ADD CONSTRAINT "CHK_prisons_policy" CHECK (
                    "supervision_interval_days" BETWEEN 7 AND 90
                    AND "weekly_hours_cap" BETWEEN 1 AND 40
                    AND "certificate_validity_months" BETWEEN 6 AND 60
                    AND "attendance_threshold_percent" BETWEEN 50 AND 100
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "recipients"
            ADD CONSTRAINT "FK_23b5dee1364cf5266bf19356cc6" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations"
            ADD CONSTRAINT "FK_6d4ccf0f5aaf1b14026432e657b" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations"
            ADD CONSTRAINT "FK_ed556729dc1cb49e58c6b82157e" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations"
            ADD CONSTRAINT "FK_911bb79c8d310285feff5b87ef1" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations"
            ADD CONSTRAINT "FK_f9a3e042d76f8bfbd97fd866cef" FOREIGN KEY ("allocated_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers"
            ADD CONSTRAINT "FK_03b079d3a83298f3f1e8afdb7a4" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers"
            ADD CONSTRAINT "FK_9a313dab24c912475d94fd62b7b" FOREIGN KEY ("from_prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers"
            ADD CONSTRAINT "FK_954a466f19f6afad0da2eb4c497" FOREIGN KEY ("to_prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers"
            ADD CONSTRAINT "FK_0b37a38b9de68ac4c49d19ab7e2" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_18f36269b55ca31a1adec5ddd12" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_1302f6653dc69bc522c18e25e9c" FOREIGN KEY ("programme_version_id") REFERENCES "programme_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_d0223d78a84cb9652eeffa5a095" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_7dcc563674112863be723b23bf3" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_50e489e9e38d8044e165874075c" FOREIGN KEY ("issued_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes"
            ADD CONSTRAINT "FK_8e57d0913604d5648763c03e36f" FOREIGN KEY ("certificate_id") REFERENCES "certificates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes"
            ADD CONSTRAINT "FK_8de9367f231440c950e64da95ce" FOREIGN KEY ("changed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_counters"
            ADD CONSTRAINT "FK_9278ae7d27e62e432bb93f2e6cb" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns"
            ADD CONSTRAINT "FK_9cd08c8aea5d2ec797d0a5738b2" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns"
            ADD CONSTRAINT "FK_1280d1a0df693da4b62747edcd6" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns"
            ADD CONSTRAINT "FK_b286c7c89f379f7c77bdfcff954" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns"
            ADD CONSTRAINT "FK_c2544e93c03ebdf0094648557b7" FOREIGN KEY ("raised_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns"
            ADD CONSTRAINT "FK_365ed266360c08304226856ce1d" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supervisions"
            ADD CONSTRAINT "FK_3829005687bbd6f55b57107e6b9" FOREIGN KEY ("buddy_id") REFERENCES "buddies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supervisions"
            ADD CONSTRAINT "FK_fef1122f86ac93811462b4655e3" FOREIGN KEY ("prison_id") REFERENCES "prisons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supervisions"
            ADD CONSTRAINT "FK_cf18286dc1c2c851e9fb07d28a8" FOREIGN KEY ("supervisor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "supervisions" DROP CONSTRAINT "FK_cf18286dc1c2c851e9fb07d28a8"
        `);
        await queryRunner.query(`
            ALTER TABLE "supervisions" DROP CONSTRAINT "FK_fef1122f86ac93811462b4655e3"
        `);
        await queryRunner.query(`
            ALTER TABLE "supervisions" DROP CONSTRAINT "FK_3829005687bbd6f55b57107e6b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns" DROP CONSTRAINT "FK_365ed266360c08304226856ce1d"
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns" DROP CONSTRAINT "FK_c2544e93c03ebdf0094648557b7"
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns" DROP CONSTRAINT "FK_b286c7c89f379f7c77bdfcff954"
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns" DROP CONSTRAINT "FK_1280d1a0df693da4b62747edcd6"
        `);
        await queryRunner.query(`
            ALTER TABLE "concerns" DROP CONSTRAINT "FK_9cd08c8aea5d2ec797d0a5738b2"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_counters" DROP CONSTRAINT "FK_9278ae7d27e62e432bb93f2e6cb"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes" DROP CONSTRAINT "FK_8de9367f231440c950e64da95ce"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_status_changes" DROP CONSTRAINT "FK_8e57d0913604d5648763c03e36f"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_50e489e9e38d8044e165874075c"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_7dcc563674112863be723b23bf3"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_d0223d78a84cb9652eeffa5a095"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_1302f6653dc69bc522c18e25e9c"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_18f36269b55ca31a1adec5ddd12"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers" DROP CONSTRAINT "FK_0b37a38b9de68ac4c49d19ab7e2"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers" DROP CONSTRAINT "FK_954a466f19f6afad0da2eb4c497"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers" DROP CONSTRAINT "FK_9a313dab24c912475d94fd62b7b"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddy_transfers" DROP CONSTRAINT "FK_03b079d3a83298f3f1e8afdb7a4"
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations" DROP CONSTRAINT "FK_f9a3e042d76f8bfbd97fd866cef"
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations" DROP CONSTRAINT "FK_911bb79c8d310285feff5b87ef1"
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations" DROP CONSTRAINT "FK_ed556729dc1cb49e58c6b82157e"
        `);
        await queryRunner.query(`
            ALTER TABLE "allocations" DROP CONSTRAINT "FK_6d4ccf0f5aaf1b14026432e657b"
        `);
        await queryRunner.query(`
            ALTER TABLE "recipients" DROP CONSTRAINT "FK_23b5dee1364cf5266bf19356cc6"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP CONSTRAINT "CHK_prisons_policy"
        `);
        await queryRunner.query(`
            ALTER TABLE "buddies" DROP COLUMN "released_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP COLUMN "policy_version"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP COLUMN "attendance_threshold_percent"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP COLUMN "certificate_validity_months"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP COLUMN "weekly_hours_cap"
        `);
        await queryRunner.query(`
            ALTER TABLE "prisons" DROP COLUMN "supervision_interval_days"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_supervisions_buddy_held_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cf18286dc1c2c851e9fb07d28a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fef1122f86ac93811462b4655e"
        `);
        await queryRunner.query(`
            DROP TABLE "supervisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_92bd9a759884f7bd53f6abe951"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c2544e93c03ebdf0094648557b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b286c7c89f379f7c77bdfcff95"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1280d1a0df693da4b62747edcd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9cd08c8aea5d2ec797d0a5738b"
        `);
        await queryRunner.query(`
            DROP TABLE "concerns"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."concern_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."concern_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_counters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8de9367f231440c950e64da95c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8e57d0913604d5648763c03e36"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_status_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_50e489e9e38d8044e165874075"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7dcc563674112863be723b23bf"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d0223d78a84cb9652eeffa5a09"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1302f6653dc69bc522c18e25e9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_18f36269b55ca31a1adec5ddd1"
        `);
        await queryRunner.query(`
            DROP TABLE "certificates"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."stored_certificate_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0b37a38b9de68ac4c49d19ab7e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_954a466f19f6afad0da2eb4c49"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9a313dab24c912475d94fd62b7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_03b079d3a83298f3f1e8afdb7a"
        `);
        await queryRunner.query(`
            DROP TABLE "buddy_transfers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f9a3e042d76f8bfbd97fd866ce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_911bb79c8d310285feff5b87ef"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ed556729dc1cb49e58c6b82157"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6d4ccf0f5aaf1b14026432e657"
        `);
        await queryRunner.query(`
            DROP TABLE "allocations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."allocation_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_23b5dee1364cf5266bf19356cc"
        `);
        await queryRunner.query(`
            DROP TABLE "recipients"
        `);
    }

}

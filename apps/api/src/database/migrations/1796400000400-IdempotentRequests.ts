import { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotentRequests1796400000400 implements MigrationInterface {
    name = 'IdempotentRequests1796400000400'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "idempotent_requests" (
                "user_id" uuid NOT NULL,
                "key" character varying(100) NOT NULL,
                "method" character varying(8) NOT NULL,
                "path" character varying(500) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "status" smallint NOT NULL,
                "response" json,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e9d1179aea1e62ee8c7979d8b3a" PRIMARY KEY ("user_id", "key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_idempotent_requests_created_at" ON "idempotent_requests" ("created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_idempotent_requests_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "idempotent_requests"
        `);
    }

}

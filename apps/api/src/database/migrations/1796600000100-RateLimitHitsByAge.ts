import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: hits older than their window are pruned across all keys, oldest first, a few at a
 * time by each counted request; this index finds them without reading the hits still counting.
 */
export class RateLimitHitsByAge1796600000100 implements MigrationInterface {
  name = 'RateLimitHitsByAge1796600000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_hits_age" ON "rate_limit_hits" ("bucket", "hit_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_rate_limit_hits_age"`);
  }
}

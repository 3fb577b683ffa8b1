import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The hits one key (e.g. an address) has made against one limit, in the database so every API
 * process shares the count: one row per bucket and key, holding the times of the hits still
 * inside the window (at most the limit's worth), so counting and deciding is one upsert on it.
 */
@Entity('rate_limits')
@Index('IDX_rate_limits_age', ['bucket', 'lastHitAt'])
export class RateLimitCount {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  bucket!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'timestamptz', array: true })
  hits!: Date[];

  @Column({ type: 'timestamptz' })
  lastHitAt!: Date;
}

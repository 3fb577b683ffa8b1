import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One request counted against a public limit, in the database so every API process shares the count. */
@Entity('rate_limit_hits')
@Index('IDX_rate_limit_hits_key', ['bucket', 'key', 'hitAt'])
@Index('IDX_rate_limit_hits_age', ['bucket', 'hitAt'])
export class RateLimitHit {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  bucket!: string;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  hitAt!: Date;
}

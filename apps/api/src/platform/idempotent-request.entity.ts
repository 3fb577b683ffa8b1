import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A create request sent with an Idempotency-Key, and the answer it got: written in the same
 * transaction as the change, so a retry after a lost answer gets that answer instead of a second
 * record. Remembered for 24 hours.
 */
@Entity('idempotent_requests')
@Index('IDX_idempotent_requests_created_at', ['createdAt'])
export class IdempotentRequest {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'varchar', length: 8 })
  method!: string;

  @Column({ type: 'varchar', length: 500 })
  path!: string;

  /** sha256 of the method, path and body: the same key with a different request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'smallint' })
  status!: number;

  /** `json`, not `jsonb`, so the answer comes back exactly as first sent. Null only inside the claiming transaction. */
  @Column({ type: 'json', nullable: true })
  response!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who changed what, when, with the record before and after (BRIEF: data and identifiers).
 * A trigger in the migration refuses UPDATE and DELETE, so nobody edits history.
 */
@Entity('audit_events')
@Index(['entityType', 'entityId'])
@Index(['prisonId', 'occurredAt'])
@Index('IDX_audit_events_occurred_at', ['occurredAt'])
// Expression indexes on after->>'buddyId' and after->>'cohortId' (the trail's filters): migration only.
@Index('IDX_audit_events_about_buddy', { synchronize: false })
@Index('IDX_audit_events_about_cohort', { synchronize: false })
// Newest first within a kind of change, a prison's kind of change, or a person (the trail's pages): migration only.
@Index('IDX_audit_events_action_newest', { synchronize: false })
@Index('IDX_audit_events_prison_action_newest', { synchronize: false })
@Index('IDX_audit_events_actor_newest', { synchronize: false })
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** What happened, e.g. staff.created. */
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'uuid', nullable: true })
  prisonId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}

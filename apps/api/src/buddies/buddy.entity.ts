import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Prison } from '@peerpath/api/prisons/prison.entity';

/**
 * Where a buddy is on their journey (BRIEF: the buddy's journey). Training, certification
 * and allocation stages are derived from their records, not stored; this holds only
 * what selection decides and what closes a record.
 */
export const SELECTION_STATUSES = ['applied', 'approved', 'declined'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];

/** A prisoner who has applied to be a buddy, at their current prison. */
@Entity('buddies')
@Check('CHK_buddies_prison_number', `"prison_number" ~ '^[A-Z][0-9]{4}[A-Z]{2}$'`)
// Trigram indexes for the register's search anywhere in a name or prison number. Migration only.
@Index('IDX_buddies_name_trgm', { synchronize: false })
@Index('IDX_buddies_prison_number_trgm', { synchronize: false })
export class Buddy {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Prisoner number, e.g. A1234BC, stored upper case; one record per person. */
  @Column({ type: 'varchar', length: 7, unique: true })
  prisonNumber!: string;

  @Column({ type: 'varchar', length: 60 })
  firstName!: string;

  @Column({ type: 'varchar', length: 60 })
  lastName!: string;

  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Column({ type: 'date' })
  appliedOn!: string;

  @Index()
  @Column({ type: 'enum', enum: SELECTION_STATUSES, enumName: 'selection_status', default: 'applied' })
  selectionStatus!: SelectionStatus;

  /** Set on release: the record is closed, kept and read-only. */
  @Column({ type: 'date', nullable: true })
  releasedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

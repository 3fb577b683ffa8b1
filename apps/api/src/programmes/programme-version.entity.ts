import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { Programme } from './programme.entity';

export const VERSION_STATUSES = ['draft', 'published'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/**
 * One version of a programme. Drafts are editable by admins; publishing freezes a
 * version, and cohorts only ever use published ones, so buddies keep the version
 * they trained on. A partial unique index (migration) allows one draft per programme.
 */
@Entity('programme_versions')
@Unique('UQ_programme_versions_label', ['programmeId', 'label'])
@Index('uq_programme_versions_one_draft', { synchronize: false })
export class ProgrammeVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, (p) => p.versions, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme!: Programme;

  @Column({ type: 'varchar', length: 40 })
  label!: string;

  @Column({ type: 'enum', enum: VERSION_STATUSES, enumName: 'programme_version_status', default: 'draft' })
  status!: VersionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic lock: two admins editing one draft cannot overwrite each other. */
  @VersionColumn()
  version!: number;
}

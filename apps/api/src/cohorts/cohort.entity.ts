import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { Programme } from '@peerpath/api/programmes/programme.entity';
import { ProgrammeVersion } from '@peerpath/api/programmes/programme-version.entity';

/**
 * One delivery of a published programme version at a prison (BRIEF: training).
 * programme_id is copied from the version so that enrolments can carry it and a
 * partial unique index can keep a buddy in one active cohort per programme.
 */
@Entity('cohorts')
@Unique('UQ_cohorts_prison_name', ['prisonId', 'name'])
@Check('CHK_cohorts_dates', `"ends_on" >= "starts_on"`)
@Check('CHK_cohorts_capacity', `"capacity" BETWEEN 1 AND 200`)
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Index()
  @Column({ type: 'uuid' })
  programmeVersionId!: string;

  @ManyToOne(() => ProgrammeVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_version_id' })
  programmeVersion!: ProgrammeVersion;

  @Index()
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme!: Programme;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Bumped by every enrolment, so concurrent enrolments are serialised against capacity. */
  @VersionColumn()
  version!: number;
}

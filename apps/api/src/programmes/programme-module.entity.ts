import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProgrammeVersion } from './programme-version.entity';

/** A module of one programme version, in order. */
@Entity('programme_modules')
@Unique('UQ_programme_modules_number', ['programmeVersionId', 'number'])
export class ProgrammeModule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeVersionId!: string;

  @ManyToOne(() => ProgrammeVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_version_id' })
  programmeVersion!: ProgrammeVersion;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;
}

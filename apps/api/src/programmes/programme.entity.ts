import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeVersion } from './programme-version.entity';

/** A training programme, e.g. Buddy Support Worker. Its content lives in versions. */
@Entity('programmes')
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => ProgrammeVersion, (v) => v.programme)
  versions!: ProgrammeVersion[];
}

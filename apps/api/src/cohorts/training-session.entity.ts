import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeModule } from '@peerpath/api/programmes/programme-module.entity';
import { Cohort } from './cohort.entity';

/** A taught session of a cohort ("sessions" is the sign-in store's table). */
@Entity('training_sessions')
@Check('CHK_training_sessions_times', `"ends_at" > "starts_at"`)
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort!: Cohort;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'time' })
  startsAt!: string;

  @Column({ type: 'time' })
  endsAt!: string;

  @Column({ type: 'varchar', length: 100 })
  location!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The modules a session covers; attendance per module is computed through this. */
@Entity('training_session_modules')
export class TrainingSessionModule {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session!: TrainingSession;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ProgrammeModule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module!: ProgrammeModule;
}

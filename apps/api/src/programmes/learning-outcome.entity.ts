import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProgrammeModule } from './programme-module.entity';

@Entity('learning_outcomes')
@Unique('UQ_learning_outcomes_code', ['moduleId', 'code'])
export class LearningOutcome {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ProgrammeModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module!: ProgrammeModule;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  position!: number;
}

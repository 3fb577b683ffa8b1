import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LearningOutcome } from './learning-outcome.entity';
import { ProgrammeModule } from './programme-module.entity';
import { ProgrammeVersion } from './programme-version.entity';

export const CRITERION_KINDS = ['knowledge', 'competence'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/**
 * What an assessor decides on. module_id and programme_version_id are copied down
 * from the outcome so that progress aggregates, and the check that a criterion
 * belongs to the cohort's programme version, need no joins up the tree.
 */
@Entity('assessment_criteria')
@Unique('UQ_assessment_criteria_code', ['outcomeId', 'code'])
export class AssessmentCriterion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  outcomeId!: string;

  @ManyToOne(() => LearningOutcome, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome!: LearningOutcome;

  @Index()
  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ProgrammeModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module!: ProgrammeModule;

  @Index()
  @Column({ type: 'uuid' })
  programmeVersionId!: string;

  @ManyToOne(() => ProgrammeVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_version_id' })
  programmeVersion!: ProgrammeVersion;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'enum', enum: CRITERION_KINDS, enumName: 'criterion_kind' })
  kind!: CriterionKind;

  @Column({ type: 'text' })
  text!: string;

  /** Competence only: a simulation may stand in for observation on the wing. */
  @Column({ type: 'boolean', default: false })
  simulationAllowed!: boolean;

  /** Re-assessed to renew a certificate (BRIEF: renewal by refresher); marked by an admin in the programme editor. */
  @Column({ type: 'boolean', default: false })
  refresher!: boolean;

  @Column({ type: 'integer' })
  position!: number;
}

import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ASSESSMENT_METHODS, ASSESSMENT_OUTCOMES } from '@peerpath/domain';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Cohort } from '@peerpath/api/cohorts/cohort.entity';
import { AssessmentCriterion } from '@peerpath/api/programmes/assessment-criterion.entity';
import { User } from '@peerpath/api/users/user.entity';


/**
 * An assessor's decision on one criterion for one buddy (BRIEF: assessment). Never
 * updated or deleted (a trigger refuses): a later decision supersedes, and the one in
 * force is the latest by `seq` for each (buddy, criterion). There is no fail state.
 */
@Entity('assessment_decisions')
// (buddy_id, criterion_id, seq) INCLUDE (outcome): the decision in force, read from the index alone. Migration only.
@Index('IDX_assessment_decisions_latest', { synchronize: false })
// (cohort_id, assessed_on) INCLUDE (criterion_id, buddy_id) WHERE not yet met: monitoring's most-missed criteria. Migration only.
@Index('IDX_assessment_decisions_not_yet_met', { synchronize: false })
export class AssessmentDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Recording order: decides which decision supersedes which, even within one second. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;

  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Index()
  @Column({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => AssessmentCriterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion!: AssessmentCriterion;

  /** The cohort the assessment was made in, for context; progress follows the buddy and criterion. */
  @Index()
  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort!: Cohort;

  @Column({ type: 'enum', enum: ASSESSMENT_OUTCOMES, enumName: 'assessment_outcome' })
  outcome!: (typeof ASSESSMENT_OUTCOMES)[number];

  @Column({ type: 'enum', enum: ASSESSMENT_METHODS, enumName: 'assessment_method' })
  method!: (typeof ASSESSMENT_METHODS)[number];

  @Column({ type: 'date' })
  assessedOn!: string;

  @Column({ type: 'varchar', length: 1000 })
  evidenceNote!: string;

  @Index()
  @Column({ type: 'uuid' })
  assessorUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessor_user_id' })
  assessor!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

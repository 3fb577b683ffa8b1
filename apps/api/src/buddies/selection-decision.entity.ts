import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@peerpath/api/users/user.entity';
import { Buddy } from './buddy.entity';

export const SELECTION_OUTCOMES = ['approved', 'declined'] as const;
export type SelectionOutcome = (typeof SELECTION_OUTCOMES)[number];

/**
 * A selection decision and the checks behind it (HMPPS: buddies must be appropriately
 * selected). Kept as history: a later decision supersedes, nothing is overwritten.
 */
@Entity('selection_decisions')
export class SelectionDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Column({ type: 'enum', enum: SELECTION_OUTCOMES, enumName: 'selection_outcome' })
  outcome!: SelectionOutcome;

  @Column({ type: 'boolean' })
  securityCheckDone!: boolean;

  @Column({ type: 'boolean' })
  riskAssessmentDone!: boolean;

  @Index()
  @Column({ type: 'uuid' })
  decidedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy!: User;

  @Column({ type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

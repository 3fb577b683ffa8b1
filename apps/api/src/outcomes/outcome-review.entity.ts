import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';
import { Allocation } from '@peerpath/api/allocation/allocation.entity';
import { Recipient } from '@peerpath/api/allocation/recipient.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from '@peerpath/api/users/user.entity';

/**
 * A short review with a recipient of what their buddy support does for them, recorded by the
 * coordinator with the recipient: two statements on a 5-point scale (1 strongly disagree to
 * 5 strongly agree) and their own words. Kept as history, never edited.
 */
@Entity('outcome_reviews')
@Index('IDX_outcome_reviews_recipient_reviewed_on', ['recipientId', 'reviewedOn'])
@Index('IDX_outcome_reviews_prison_reviewed_on', ['prisonId', 'reviewedOn'])
@Check('CHK_outcome_reviews_scores', `"helps_score" BETWEEN 1 AND 5 AND "independence_score" BETWEEN 1 AND 5 AND length("comment") <= 1000`)
export class OutcomeReview {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outcome_reviews' })
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'FK_outcome_reviews_recipient' })
  recipient!: Recipient;

  /** The recipient's prison when reviewed. */
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id', foreignKeyConstraintName: 'FK_outcome_reviews_prison' })
  prison!: Prison;

  /** The support being reviewed, when there was one at the time. */
  @Column({ type: 'uuid', nullable: true })
  allocationId!: string | null;

  @ManyToOne(() => Allocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocation_id', foreignKeyConstraintName: 'FK_outcome_reviews_allocation' })
  allocation!: Allocation | null;

  @Column({ type: 'date' })
  reviewedOn!: string;

  /** "My buddy helps me do the things I need", 1 to 5. */
  @Column({ type: 'smallint' })
  helpsScore!: number;

  /** "I can do more for myself than before", 1 to 5. */
  @Column({ type: 'smallint' })
  independenceScore!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'FK_outcome_reviews_recorded_by' })
  recordedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

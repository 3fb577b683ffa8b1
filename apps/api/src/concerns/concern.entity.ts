import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Recipient } from '@peerpath/api/allocation/recipient.entity';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from '@peerpath/api/users/user.entity';

export const CONCERN_KINDS = ['safeguarding', 'boundary'] as const;
export const CONCERN_STATUSES = ['open', 'resolved'] as const;

/** A safeguarding or boundary concern about a buddy or a recipient (BRIEF: concerns). */
@Entity('concerns')
@Check('CHK_concerns_subject', `("buddy_id" IS NULL) <> ("recipient_id" IS NULL)`)
@Check('CHK_concerns_review', `("status" = 'resolved') = ("outcome" IS NOT NULL AND "reviewed_at" IS NOT NULL)`)
export class Concern {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  buddyId!: string | null;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipient!: Recipient | null;

  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Column({ type: 'enum', enum: CONCERN_KINDS, enumName: 'concern_kind' })
  kind!: (typeof CONCERN_KINDS)[number];

  @Column({ type: 'text' })
  description!: string;

  @Index()
  @Column({ type: 'uuid' })
  raisedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_user_id' })
  raisedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt!: Date;

  @Index()
  @Column({ type: 'enum', enum: CONCERN_STATUSES, enumName: 'concern_status', default: 'open' })
  status!: (typeof CONCERN_STATUSES)[number];

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by_user_id' })
  reviewedBy!: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @VersionColumn()
  version!: number;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from '@peerpath/api/users/user.entity';
import { Buddy } from './buddy.entity';

/** A move between prisons: the record travels with the buddy (BRIEF: transfer and release). */
@Entity('buddy_transfers')
export class BuddyTransfer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Index()
  @Column({ type: 'uuid' })
  fromPrisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_prison_id' })
  fromPrison!: Prison;

  @Index()
  @Column({ type: 'uuid' })
  toPrisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_prison_id' })
  toPrison!: Prison;

  @Column({ type: 'date' })
  transferredOn!: string;

  @Index()
  @Column({ type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

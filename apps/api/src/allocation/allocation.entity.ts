import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from '@peerpath/api/users/user.entity';
import { Recipient } from './recipient.entity';

export const ALLOCATION_STATUSES = ['active', 'ended'] as const;

/**
 * A certified buddy allocated to a recipient for permitted tasks only. The tasks column is
 * checked against the permitted list in the database: intimate care cannot be stored.
 */
@Entity('allocations')
@Index('uq_allocations_one_active_pair', { synchronize: false })
@Check('CHK_allocations_tasks', `cardinality("tasks") > 0 AND "tasks" <@ ARRAY['cleaning_living_space','collecting_meals','escorting_mobility','wheelchair_assistance','reading_writing','company_activities']::varchar[]`)
@Check('CHK_allocations_hours', `"planned_weekly_hours" > 0 AND "planned_weekly_hours" <= 40`)
@Check('CHK_allocations_ending', `("status" = 'ended') = ("ended_on" IS NOT NULL AND "end_reason" IS NOT NULL)`)
export class Allocation {
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
  recipientId!: string;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipient!: Recipient;

  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Column({ type: 'varchar', array: true })
  tasks!: string[];

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  plannedWeeklyHours!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'enum', enum: ALLOCATION_STATUSES, enumName: 'allocation_status', default: 'active' })
  status!: (typeof ALLOCATION_STATUSES)[number];

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  allocatedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocated_by_user_id' })
  allocatedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}

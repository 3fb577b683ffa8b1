import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Programme } from '@peerpath/api/programmes/programme.entity';
import { Cohort } from './cohort.entity';

export const ENROLMENT_STATUSES = ['active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A buddy's place on a cohort. Withdrawal keeps the row (and every assessment decision):
 * the history stays. A partial unique index on (buddy_id, programme_id) WHERE active
 * keeps a buddy in one active cohort per programme, whatever races happen.
 */
@Entity('enrolments')
@Index('uq_enrolments_one_active_per_programme', { synchronize: false })
@Check('CHK_enrolments_withdrawal', `("status" = 'withdrawn') = ("withdrawn_on" IS NOT NULL AND "withdrawal_reason" IS NOT NULL)`)
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort!: Cohort;

  @Index()
  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Index()
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme!: Programme;

  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status', default: 'active' })
  status!: EnrolmentStatus;

  @Column({ type: 'date' })
  enrolledOn!: string;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  withdrawalReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}

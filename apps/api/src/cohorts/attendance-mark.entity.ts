import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { User } from '@peerpath/api/users/user.entity';
import { TrainingSession } from './training-session.entity';

export const ATTENDANCE_MARKS = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceMarkValue = (typeof ATTENDANCE_MARKS)[number];

/** One buddy's mark in one session's register. Rates are computed from these, never stored. */
@Entity('attendance_marks')
export class AttendanceMark {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session!: TrainingSession;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Column({ type: 'enum', enum: ATTENDANCE_MARKS, enumName: 'attendance_mark' })
  mark!: AttendanceMarkValue;

  @Index()
  @Column({ type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy!: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@peerpath/api/users/user.entity';
import { Cohort } from './cohort.entity';

export const COHORT_STAFF_ROLES = ['trainer', 'assessor'] as const;
export type CohortStaffRole = (typeof COHORT_STAFF_ROLES)[number];

/** Who delivers a cohort. Trainers deliver and assess; assessors only assess. */
@Entity('cohort_staff')
export class CohortStaff {
  @PrimaryColumn({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort!: Cohort;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'enum', enum: COHORT_STAFF_ROLES, enumName: 'cohort_staff_role' })
  role!: CohortStaffRole;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cluster } from './cluster.entity';

/**
 * A prison, known by its agency code (EXI, DAI, ...), with its buddy scheme's policy: set by
 * an admin or the prison's coordinator (BRIEF: supervision, certification, allocation).
 */
@Entity('prisons')
@Check('CHK_prisons_staff_cost', `"staff_cost_per_hour_pence" IS NULL OR "staff_cost_per_hour_pence" BETWEEN 0 AND 100000`)
@Check('CHK_prisons_policy', `"supervision_interval_days" BETWEEN 7 AND 90 AND "weekly_hours_cap" BETWEEN 1 AND 40 AND "certificate_validity_months" BETWEEN 6 AND 60 AND "attendance_threshold_percent" BETWEEN 50 AND 100`)
export class Prison {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 3, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Index()
  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => Cluster, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster!: Cluster;

  @Column({ type: 'integer', default: 28 })
  supervisionIntervalDays!: number;

  /** Most planned hours a week across a buddy's allocations: the guard against exploitation. */
  @Column({ type: 'integer', default: 10 })
  weeklyHoursCap!: number;

  @Column({ type: 'integer', default: 24 })
  certificateValidityMonths!: number;

  @Column({ type: 'integer', default: 80 })
  attendanceThresholdPercent!: number;

  /** What an hour of staff time costs the scheme, in pence, if the prison states it: turns staff hours into money on the dashboard. */
  @Column({ type: 'integer', nullable: true })
  staffCostPerHourPence!: number | null;

  /** Optimistic lock for the policy. */
  @Column({ type: 'integer', default: 1 })
  policyVersion!: number;
}

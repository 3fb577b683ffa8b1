import type { RoleName, ScopeLevel } from '@peerpath/contracts';
import { ROLE_NAMES, SCOPE_LEVELS } from '@peerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cluster } from '@peerpath/api/prisons/cluster.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from './user.entity';

/**
 * One role held by one person over one scope. A check constraint in the migration
 * keeps scope and its cluster or prison consistent; a unique index (also in the
 * migration) stops the same assignment being granted twice.
 */
@Entity('role_assignments')
@Check('CHK_role_assignments_scope_target', `("scope" = 'cluster') = ("cluster_id" IS NOT NULL) AND ("scope" = 'prison') = ("prison_id" IS NOT NULL)`)
@Index('uq_role_assignments_grant', { synchronize: false })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, (u) => u.roleAssignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'enum', enum: ROLE_NAMES, enumName: 'role_name' })
  role!: RoleName;

  @Column({ type: 'enum', enum: SCOPE_LEVELS, enumName: 'scope_level' })
  scope!: ScopeLevel;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  clusterId!: string | null;

  @ManyToOne(() => Cluster, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cluster_id' })
  cluster!: Cluster | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  prisonId!: string | null;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

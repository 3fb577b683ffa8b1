import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { RoleAssignment } from './role-assignment.entity';

/** Anyone who signs in: staff, and later buddies (by prison number). */
@Entity('users')
@Check('CHK_users_username_lower', `"username" = lower("username")`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower case so that sign-in is case-insensitive and unique. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  /** argon2id, PHC string format. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'integer', default: 0 })
  failedSignIns!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /**
   * A buddy's own sign-in is tied to their buddy record; staff have none. Users sit beneath every
   * feature (records name who decided or recorded them), so the buddy entity is named, not imported.
   */
  @Index({ unique: true })
  @ForeignKey('Buddy', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  buddyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @OneToMany(() => RoleAssignment, (a) => a.user)
  roleAssignments!: RoleAssignment[];
}

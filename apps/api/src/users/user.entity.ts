import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PRISON_NUMBER_SHAPED_USERNAME_SQL } from '@peerpath/domain';
import { RoleAssignment } from './role-assignment.entity';

/** Anyone who signs in: staff, and later buddies (by prison number). */
@Entity('users')
@Check('CHK_users_username_lower', `"username" = lower("username")`)
// A staff username shaped like a prison number would take that buddy's kiosk sign-in (issue 10).
@Check('CHK_users_staff_username_not_prison_number', `"buddy_id" IS NOT NULL OR NOT (${PRISON_NUMBER_SHAPED_USERNAME_SQL})`)
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

  /** Deactivated: cannot sign in, sessions ended; the row stays so that history keeps the name. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Set with a temporary password (a new account): every route but changing it answers 403 until then. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

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

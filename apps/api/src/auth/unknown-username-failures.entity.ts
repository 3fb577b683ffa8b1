import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins against a username that has no account, counted exactly as an account's are
 * (users.failed_sign_ins and locked_until), so an unknown username slows down and locks like a real
 * one and the answers cannot tell which usernames exist. The row is also what parallel guesses lock.
 */
@Entity('unknown_username_failures')
export class UnknownUsernameFailures {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'PK_unknown_username_failures' })
  username!: string;

  @Column({ type: 'integer', default: 0 })
  failedSignIns!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SIGN_IN_OUTCOMES = ['succeeded', 'wrong_password', 'unknown_user', 'account_locked', 'address_limited'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

/**
 * Every sign-in attempt, kept in the database (not process memory) so that
 * lockout and throttling hold across every API process.
 */
@Entity('sign_in_attempts')
@Index(['ipAddress', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;

  @Column({ type: 'varchar', length: 128 })
  username!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  ipAddress!: string;

  @Column({ type: 'enum', enum: SIGN_IN_OUTCOMES, enumName: 'sign_in_outcome' })
  outcome!: SignInOutcome;
}

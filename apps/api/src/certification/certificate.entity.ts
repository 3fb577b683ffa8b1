import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { Programme } from '@peerpath/api/programmes/programme.entity';
import { ProgrammeVersion } from '@peerpath/api/programmes/programme-version.entity';
import { User } from '@peerpath/api/users/user.entity';

export const STORED_CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'superseded'] as const;
export type StoredCertificateStatus = (typeof STORED_CERTIFICATE_STATUSES)[number];

/**
 * A buddy's certificate (BRIEF: certification). 'expired' is never stored: it follows from
 * expires_on. A renewal is a new certificate that supersedes the one it renews. A partial
 * unique index allows one certificate per buddy and programme version that is neither revoked
 * nor superseded, so a repeated or concurrent issue or renewal can only ever yield one.
 */
@Entity('certificates')
@Index('uq_certificates_one_per_buddy_version', { synchronize: false })
@Check('chk_certificates_short_code', `"short_code" ~ '^[0-9A-HJKMNP-TV-Z]{10}$'`)
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** PP-EXI-2026-00042 */
  @Column({ type: 'varchar', length: 24, unique: true })
  number!: string;

  @Index()
  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  @Index()
  @Column({ type: 'uuid' })
  programmeVersionId!: string;

  @ManyToOne(() => ProgrammeVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_version_id' })
  programmeVersion!: ProgrammeVersion;

  @Index()
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme!: Programme;

  /** The issuing prison. */
  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'date' })
  expiresOn!: string;

  @Column({ type: 'enum', enum: STORED_CERTIFICATE_STATUSES, enumName: 'stored_certificate_status', default: 'valid' })
  status!: StoredCertificateStatus;

  /** Unguessable code in the QR link; the number alone does not verify. */
  @Column({ type: 'varchar', length: 32, unique: true })
  verificationCode!: string;

  /** The code printed under the QR code for people to type (libs/domain certificate-codes); made by the database. */
  @Column({ type: 'varchar', length: 10, unique: true, default: () => 'certificate_short_code()' })
  shortCode!: string;

  @Index()
  @Column({ type: 'uuid' })
  issuedByUserId!: string;

  /** The certificate this one renewed; each is renewed at most once. */
  @Column({ type: 'uuid', nullable: true })
  renewsCertificateId!: string | null;

  @OneToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'renews_certificate_id' })
  renewsCertificate!: Certificate | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_user_id' })
  issuedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}

/** Every suspension, reinstatement and revocation, with its reason. */
@Entity('certificate_status_changes')
export class CertificateStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  certificateId!: string;

  @ManyToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_id' })
  certificate!: Certificate;

  @Column({ type: 'enum', enum: STORED_CERTIFICATE_STATUSES, enumName: 'stored_certificate_status' })
  fromStatus!: StoredCertificateStatus;

  @Column({ type: 'enum', enum: STORED_CERTIFICATE_STATUSES, enumName: 'stored_certificate_status' })
  toStatus!: StoredCertificateStatus;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Index()
  @Column({ type: 'uuid' })
  changedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_user_id' })
  changedBy!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}

/** Each prison's running certificate number for a year, taken under a row lock. */
@Entity('certificate_counters')
export class CertificateCounter {
  @PrimaryColumn({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  lastNumber!: number;
}

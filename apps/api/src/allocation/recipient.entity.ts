import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Prison } from '@peerpath/api/prisons/prison.entity';

/**
 * A prisoner with assessed social care needs. Only the minimum is kept (BRIEF: data):
 * prison number, name, prison, a short non-clinical summary and the care plan reference.
 */
@Entity('recipients')
@Check('CHK_recipients_prison_number', `"prison_number" ~ '^[A-Z][0-9]{4}[A-Z]{2}$'`)
export class Recipient {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 7, unique: true })
  prisonNumber!: string;

  @Column({ type: 'varchar', length: 60 })
  firstName!: string;

  @Column({ type: 'varchar', length: 60 })
  lastName!: string;

  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Column({ type: 'varchar', length: 500 })
  supportSummary!: string;

  @Column({ type: 'varchar', length: 60 })
  carePlanReference!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

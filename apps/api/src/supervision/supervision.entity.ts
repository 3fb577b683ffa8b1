import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Buddy } from '@peerpath/api/buddies/buddy.entity';
import { Prison } from '@peerpath/api/prisons/prison.entity';
import { User } from '@peerpath/api/users/user.entity';

/** A one-to-one supervision session with a buddy (BRIEF: supervision). Kept as history, never edited. */
@Entity('supervisions')
@Index('IDX_supervisions_buddy_held_on', ['buddyId', 'heldOn'])
// (prison_id, held_on) INCLUDE (buddy_id, duration_minutes, wellbeing): monitoring's supervisions by prison and day. Migration only.
@Index('IDX_supervisions_prison_held_on', { synchronize: false })
@Check('CHK_supervisions_values', `"duration_minutes" BETWEEN 5 AND 480 AND "hours_worked_since_last" BETWEEN 0 AND 400 AND "wellbeing" BETWEEN 1 AND 5`)
export class Supervision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  buddyId!: string;

  @ManyToOne(() => Buddy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id' })
  buddy!: Buddy;

  /** Where it happened: the buddy's prison at the time. */
  @Index()
  @Column({ type: 'uuid' })
  prisonId!: string;

  @ManyToOne(() => Prison, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prison_id' })
  prison!: Prison;

  @Index()
  @Column({ type: 'uuid' })
  supervisorUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisor_user_id' })
  supervisor!: User;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  hoursWorkedSinceLast!: string;

  @Column({ type: 'smallint' })
  wellbeing!: number;

  @Column({ type: 'boolean' })
  boundariesDiscussed!: boolean;

  @Column({ type: 'text', default: '' })
  concerns!: string;

  @Column({ type: 'text', default: '' })
  agreedActions!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A group of prisons run together, e.g. the Devon cluster. */
@Entity('clusters')
export class Cluster {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;
}

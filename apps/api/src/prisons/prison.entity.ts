import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cluster } from './cluster.entity';

/** A prison, known by its agency code (EXI, DAI, ...). */
@Entity('prisons')
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
}

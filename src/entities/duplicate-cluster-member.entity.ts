import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EntityType } from './enums';

/** A record in a duplicate cluster, with its division so that clusters can be filtered by division. */
@Entity('duplicate_cluster_member')
@Unique('UQ_duplicate_cluster_member', ['clusterId', 'recordId'])
@Index(['entityType', 'recordId'])
@Index(['divisionId', 'clusterId'])
export class DuplicateClusterMember {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) clusterId: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) recordId: number;

  @Column({ type: 'int', nullable: true }) divisionId: number | null;
}
